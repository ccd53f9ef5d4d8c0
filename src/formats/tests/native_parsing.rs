//! html5ever builds the tree the browser's `DOMParser` builds, where scraper's sink alone
//! would not (see `formats/native_sink.rs`).

#[test]
fn html_in_annotation_xml_is_parsed_into_it_as_the_browser_does() {
    use crate::formats::html::Node;
    let nodes = super::super::parse_body(
        r#"<math><annotation-xml encoding="text/html"><style>s</style><img src="x"></annotation-xml></math>"#,
    );
    let [Node::Element(math)] = nodes.as_slice() else {
        panic!("{nodes:?}")
    };
    let Some(Node::Element(annotation)) = math.children.first() else {
        panic!("{math:?}")
    };
    let names: Vec<(&str, bool)> = annotation
        .children
        .iter()
        .filter_map(|node| match node {
            Node::Element(e) => Some((e.name.as_str(), e.foreign)),
            Node::Text(_) => None,
        })
        .collect();
    assert_eq!(
        names,
        [("style", false), ("img", false)],
        "HTML, inside the annotation"
    );
}
