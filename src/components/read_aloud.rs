//! Listen: the article read aloud by the Web Speech API, paragraph by paragraph, in a voice of
//! its language; the paragraph being read is marked and kept in view. Hidden when the browser
//! has no voice for the language.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};
use yew::prelude::*;

use super::words::use_words;
use crate::model::Message;

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    pub root: NodeRef,
    pub language: Option<AttrValue>,
}

#[derive(Clone, Copy, PartialEq)]
enum Playing {
    Stopped,
    Speaking,
    Paused,
}

const SPEEDS: [(&str, f32); 5] = [
    ("0.75×", 0.75),
    ("1×", 1.0),
    ("1.25×", 1.25),
    ("1.5×", 1.5),
    ("2×", 2.0),
];

/// The paragraph being read and what reads it; dropped, it stops.
#[derive(Default)]
struct Session {
    paragraphs: Vec<Element>,
    at: usize,
    ended: Option<EventListener>,
}

#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let words = use_words();
    let voice = use_state(|| None::<SpeechSynthesisVoice>);
    let playing = use_state(|| Playing::Stopped);
    let speed = use_state(|| 1.0f32);
    let session = use_mut_ref(Session::default);

    // Voices arrive late in some browsers: look again when they change.
    {
        let (voice, language) = (voice.clone(), props.language.clone());
        use_effect_with(language, move |language| {
            let language = language.clone();
            let pick = {
                let voice = voice.clone();
                move || voice.set(synth().and_then(|synth| voice_for(&synth, language.as_deref())))
            };
            pick();
            let listener =
                synth().map(|synth| EventListener::new(&synth, "voiceschanged", move |_| pick()));
            move || drop(listener)
        });
    }
    {
        let session = session.clone();
        use_effect_with((), move |()| {
            move || {
                stop(&mut session.borrow_mut());
            }
        });
    }

    let Some(chosen) = (*voice).clone() else {
        return Html::default();
    };
    let play = {
        let (session, playing, speed, root) = (
            session.clone(),
            playing.clone(),
            speed.clone(),
            props.root.clone(),
        );
        Callback::from(move |_: MouseEvent| match *playing {
            Playing::Speaking => {
                if let Some(synth) = synth() {
                    synth.pause();
                }
                playing.set(Playing::Paused);
            }
            Playing::Paused => {
                if let Some(synth) = synth() {
                    synth.resume();
                }
                playing.set(Playing::Speaking);
            }
            Playing::Stopped => {
                let paragraphs = readable(&root);
                if paragraphs.is_empty() {
                    return;
                }
                *session.borrow_mut() = Session {
                    paragraphs,
                    at: 0,
                    ended: None,
                };
                playing.set(Playing::Speaking);
                speak(Rc::clone(&session), chosen.clone(), *speed, playing.clone());
            }
        })
    };
    let on_stop = {
        let (session, playing) = (session.clone(), playing.clone());
        Callback::from(move |_: MouseEvent| {
            stop(&mut session.borrow_mut());
            playing.set(Playing::Stopped);
        })
    };
    let on_speed = {
        let speed = speed.clone();
        Callback::from(move |event: Event| {
            let index: usize = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .selected_index()
                .max(0) as usize;
            speed.set(SPEEDS.get(index).map_or(1.0, |(_, rate)| *rate));
        })
    };
    let label = match *playing {
        Playing::Stopped => Message::Listen,
        Playing::Speaking => Message::Pause,
        Playing::Paused => Message::Resume,
    };
    html! {
        <div class="read-aloud" role="group" aria-label={words.say(Message::ReadAloud)}>
            <button type="button" class="tool-button" onclick={play}>{ words.say(label) }</button>
            if *playing != Playing::Stopped {
                <button type="button" class="tool-button" onclick={on_stop}>{ words.say(Message::Stop) }</button>
            }
            <label class="speed" for="lede-speed">{ words.say(Message::Speed) }</label>
            <select id="lede-speed" class="speed" onchange={on_speed}>
                { for SPEEDS.iter().map(|(name, rate)| html! { <option selected={*rate == *speed}>{ *name }</option> }) }
            </select>
        </div>
    }
}

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// A voice whose language is the article's (any voice when the article does not say).
fn voice_for(synth: &SpeechSynthesis, language: Option<&str>) -> Option<SpeechSynthesisVoice> {
    let wanted = language
        .unwrap_or("en")
        .split(['-', '_'])
        .next()?
        .to_ascii_lowercase();
    // Not `dyn_into`: voices are platform objects, and a test's stand-ins are not.
    let voices: Vec<SpeechSynthesisVoice> = synth
        .get_voices()
        .iter()
        .filter(|v| v.is_object())
        .map(|v| v.unchecked_into())
        .collect();
    voices.into_iter().find(|voice| {
        voice.lang().to_ascii_lowercase().split(['-', '_']).next() == Some(wanted.as_str())
    })
}

/// The article's headings, paragraphs, list items and quotes, in reading order.
fn readable(root: &NodeRef) -> Vec<Element> {
    let Some(article) = root.cast::<Element>() else {
        return Vec::new();
    };
    let Ok(found) =
        article.query_selector_all(".headline, .article-body :is(p, h2, h3, h4, h5, h6, li, pre)")
    else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<Element>().ok())
        .filter(|element| !element.text_content().unwrap_or_default().trim().is_empty())
        .collect()
}

/// Reads the session's current paragraph, then the next, until the end or a stop.
fn speak(
    session: Rc<RefCell<Session>>,
    voice: SpeechSynthesisVoice,
    rate: f32,
    playing: UseStateHandle<Playing>,
) {
    let Some(synth) = synth() else { return };
    let (element, text) = {
        let current = session.borrow();
        let Some(element) = current.paragraphs.get(current.at).cloned() else {
            drop(current);
            stop(&mut session.borrow_mut());
            playing.set(Playing::Stopped);
            return;
        };
        let text = element.text_content().unwrap_or_default();
        (element, text)
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text) else {
        return;
    };
    utterance.set_voice(Some(&voice));
    utterance.set_lang(&voice.lang());
    utterance.set_rate(rate);
    mark(&session.borrow().paragraphs, Some(&element));
    let next = {
        let session = Rc::clone(&session);
        EventListener::new(&utterance, "end", move |_| {
            let more = {
                let mut current = session.borrow_mut();
                if current.ended.is_none() {
                    return; // stopped meanwhile
                }
                current.at += 1;
                current.at < current.paragraphs.len()
            };
            if more {
                speak(Rc::clone(&session), voice.clone(), rate, playing.clone());
            } else {
                stop(&mut session.borrow_mut());
                playing.set(Playing::Stopped);
            }
        })
    };
    session.borrow_mut().ended = Some(next);
    synth.speak(&utterance);
}

fn stop(session: &mut Session) {
    session.ended = None;
    if let Some(synth) = synth() {
        synth.cancel();
    }
    mark(&session.paragraphs, None);
}

/// Marks the paragraph being read, and keeps it in view.
fn mark(paragraphs: &[Element], current: Option<&Element>) {
    for paragraph in paragraphs {
        let _ = paragraph.class_list().remove_1("speaking");
    }
    if let Some(current) = current {
        let _ = current.class_list().add_1("speaking");
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        current.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
