//! MathML through its allow-list, and TeX that only a script held, as code. The namespace
//! confusions that mXSS payloads play with end as text or nothing (see `formats/html/math.rs`).

use serde_json::json;

use super::body;

#[test]
fn presentation_mathml_is_kept_with_its_attributes() {
    let html = r#"<p>When <math xmlns="http://www.w3.org/1998/Math/MathML" display="block" alttext="a over b">
        <mfrac linethickness="0"><mi> a </mi><mi mathvariant="bold">b</mi></mfrac>
        <msup><mi>x</mi><mn>2</mn></msup><mo stretchy="false">)</mo>
    </math>, then.</p>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "paragraph",
            "text": [
                "When ",
                {"type": "math", "display": "block", "alttext": "a over b", "content": [
                    {"name": "mfrac", "attributes": {"linethickness": "0"}, "children": [
                        {"name": "mi", "children": ["a"]},
                        {"name": "mi", "attributes": {"mathvariant": "bold"}, "children": ["b"]}
                    ]},
                    {"name": "msup", "children": [
                        {"name": "mi", "children": ["x"]},
                        {"name": "mn", "children": ["2"]}
                    ]},
                    {"name": "mo", "attributes": {"stretchy": "false"}, "children": [")"]}
                ]},
                ", then."
            ]
        }])
    );
}

#[test]
fn links_styles_handlers_and_annotation_xml_do_not_get_through() {
    let html = r#"<math href="javascript:alert(1)" style="color:red" onclick="alert(2)">
        <mi xlink:href="javascript:alert(3)" style="x" onmouseover="alert(4)">x</mi>
        <semantics><mn>1</mn><annotation encoding="application/x-tex">1</annotation>
        <annotation-xml encoding="MathML-Content"><cn>1</cn></annotation-xml></semantics>
    </math>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "paragraph",
            "text": [{"type": "math", "content": [
                {"name": "mi", "children": ["x"]},
                {"name": "semantics", "children": [
                    {"name": "mn", "children": ["1"]},
                    {"name": "annotation", "attributes": {"encoding": "application/x-tex"}, "children": ["1"]}
                ]}
            ]}]
        }])
    );
}

#[test]
fn html_in_annotation_xml_never_reaches_the_formula() {
    let html = r#"<math><mi>y</mi><annotation-xml encoding="text/html"><p onclick="alert(1)">html <a href="/x">link</a></p></annotation-xml></math>"#;
    let body = body(html);
    let formula = &body[0]["text"][0];
    assert_eq!(
        formula["content"],
        json!([{"name": "mi", "children": ["y"]}]),
        "{body:#}"
    );
}

#[test]
fn html_inside_a_token_is_its_words_and_svg_is_left_out() {
    assert_eq!(
        body(
            r#"<math><mtext><b onclick="alert(1)">if</b> true</mtext><svg><mi>no</mi></svg><mfenced><mi>a</mi><mi>b</mi></mfenced></math>"#
        ),
        json!([{
            "type": "paragraph",
            "text": [{"type": "math", "content": [
                {"name": "mtext", "children": ["if true"]},
                {"name": "mrow", "children": [
                    {"name": "mo", "children": ["("]},
                    {"name": "mi", "children": ["a"]},
                    {"name": "mo", "children": [","]},
                    {"name": "mi", "children": ["b"]},
                    {"name": "mo", "children": [")"]}
                ]}
            ]}]
        }])
    );
}

#[test]
fn mathjax_tex_in_scripts_is_kept_as_code() {
    let html = r#"<p>Let <script type="math/tex">x^2</script> be.</p><script type="math/tex; mode=display">\frac{1}{2}</script><script>alert(1)</script>"#;
    assert_eq!(
        body(html),
        json!([
            {"type": "paragraph", "text": ["Let ", {"type": "code", "text": "x^2"}, " be."]},
            {"type": "paragraph", "text": [{"type": "code", "text": "\\frac{1}{2}"}]}
        ])
    );
}
