//! The whole widget: the site's masthead above the reader, and what is being read (the view),
//! kept in the page's address on the standalone page.

use yew::prelude::*;

use crate::load::LoadError;
use crate::model::{interface_language, Arg, Choice, Message, ReadingSettings, Site};
use crate::web::storage::save_reading_settings;
use crate::web::{load_site, on_history_move, page_query, push_address, Abort};

use super::analytics::{ReadingEvent, ReadingEvents};
use super::announce::use_announcer;
use super::catalogue::use_catalogue;
use super::date_words::DateWords;
use super::error_words::{error_words, problem_words};
use super::given::Given;
use super::masthead::Masthead;
use super::newsletter::{Newsletter, NewsletterOpener, SubscribeEvent};
use super::publishing::Publishing;
use super::reader::{Reader, ReaderStatus};
use super::rendering::{use_live, use_painted, Rendering};
use super::view::View;
use super::words::Words;
use super::Shared;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The content's address; `None` shows the built-in article.
    #[prop_or_default]
    pub src: Option<AttrValue>,
    /// For a list: the article open from it.
    #[prop_or_default]
    pub item: Option<usize>,
    /// The site configuration's address; `None` uses the built-in one.
    #[prop_or_default]
    pub site: Option<AttrValue>,
    /// The reader is the page: its view lives in the page's address and history.
    #[prop_or_default]
    pub standalone: bool,
    /// The standalone page's own query string, which the addresses of its views keep.
    #[prop_or_default]
    pub page_query: AttrValue,
    /// Whether the newsletter sign-up is offered at all (`newsletter="off"` turns it off).
    #[prop_or(true)]
    pub newsletter: bool,
    #[prop_or_default]
    pub on_status: Callback<ReaderStatus>,
    /// Told what became of each sign-up.
    #[prop_or_default]
    pub on_subscribe: Callback<SubscribeEvent>,
    /// Told what happens to each article view (seen, read, its wall met, its ad slots).
    #[prop_or_default]
    pub on_reading: Callback<ReadingEvent>,
    /// The language of the page around the reader, for content that does not give its own.
    #[prop_or_default]
    pub page_language: Option<AttrValue>,
    /// How this render comes about: in the browser, on a server, or over a server's HTML.
    #[prop_or_default]
    pub rendering: Rendering,
    /// What the widget starts with, so that its first render needs nothing from the network.
    #[prop_or_default]
    pub given: Given,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <ContextProvider<Rendering> context={props.rendering}>
            <ContextProvider<DateWords> context={props.given.date_words.clone()}>
                <Widget ..props.clone() />
            </ContextProvider<DateWords>>
        </ContextProvider<Rendering>>
    }
}

/// The widget inside its rendering context (hooks read the context of their component's
/// parents, so the provider sits above).
#[component]
fn Widget(props: &AppProps) -> Html {
    let view = use_state(|| View {
        src: props.src.clone(),
        item: props.item,
    });
    // How many views the reader has chosen (a section in the Menu, a search result): focus
    // goes to each once it is shown. A view the page chose leaves focus alone.
    let choices = use_state(|| 0_u32);
    // A new `src` from the element (or from the page's address) starts a new view.
    {
        let view = view.clone();
        use_effect_with((props.src.clone(), props.item), move |(src, item)| {
            let next = View {
                src: src.clone(),
                item: *item,
            };
            if *view != next {
                view.set(next);
            }
        });
    }
    // On the standalone page, Back and Forward move between views.
    {
        let view = view.clone();
        use_effect_with(props.standalone, move |&standalone| {
            let listener = standalone
                .then(|| {
                    on_history_move(move |params| {
                        view.set(View {
                            src: params.src.map(AttrValue::from),
                            item: params.item,
                        })
                    })
                })
                .flatten();
            move || drop(listener)
        });
    }
    let navigate = {
        let (view, standalone) = (view.clone(), props.standalone);
        Callback::from(move |next: View| {
            if standalone {
                push_address(&next.address(&page_query()));
            }
            view.set(next);
        })
    };

    let choose = {
        let (navigate, choices, view) = (navigate.clone(), choices.clone(), view.clone());
        Callback::from(move |next: View| {
            // The view already shown is not loaded again, so nothing new would take focus.
            if *view != next {
                choices.set(choices.wrapping_add(1));
            }
            navigate.emit(next);
        })
    };

    let (site, site_notice_error) = use_site(props.site.clone(), &props.given);
    // The reader's display settings, read before the first render so the article never shows
    // in the wrong size or theme first; kept per site configuration.
    let settings_key = props.site.as_deref().unwrap_or("built-in").to_owned();
    let reading = use_state(|| props.given.reading);
    let on_reading = {
        let reading = reading.clone();
        Callback::from(move |settings: ReadingSettings| {
            save_reading_settings(&settings_key, &settings);
            reading.set(settings);
        })
    };
    // The section label: the given content's at first (a server knows it), then what the
    // reader reports.
    let section = use_state(|| props.given.section());
    // The language of what is shown, one of the wishes for the interface's.
    let content_language = use_state(|| props.given.language());
    // The interface language: the site's, else the page's around the reader, else the
    // content's, else the reader's. The standalone page's own `lang` is lede's page's, not a
    // publisher's: neither it nor content that only took it on says what the reader wants.
    let page_language = props.page_language.as_deref();
    let lede_s_page = |language: &&str| props.standalone && Some(*language) == page_language;
    let wishes = [
        site.language.as_deref(),
        page_language.filter(|_| !props.standalone),
        content_language
            .as_deref()
            .filter(|language| !lede_s_page(language)),
    ];
    let language = interface_language(
        wishes
            .into_iter()
            .flatten()
            .chain(props.given.preferred_languages.iter().map(String::as_str)),
    );
    let interface = use_catalogue(language, &props.given);
    let (announcer, reading_events) =
        use_announcer(interface.settled, &props.on_status, &props.on_reading);
    let on_status = {
        let (section, content_language) = (section.clone(), content_language.clone());
        Callback::from(move |status: ReaderStatus| {
            let mut new_language = false;
            if let ReaderStatus::Ready {
                section: label,
                language,
                ..
            } = &status
            {
                section.set(label.clone().map(AttrValue::from));
                let language = language.clone().map(AttrValue::from);
                // The content's language may choose other words, fetched only now.
                new_language = *content_language != language;
                if new_language {
                    content_language.set(language);
                }
            }
            announcer.status(status, new_language);
        })
    };
    let (catalogue, first_coming) = (interface.catalogue, interface.first_coming);
    let words = {
        let numbers = props.given.numbers;
        (*use_memo((catalogue, site.clone()), move |(catalogue, site)| {
            Words::new(
                catalogue.clone(),
                Shared::from(site.messages.clone()),
                (numbers.0)(&catalogue.language),
            )
        }))
        .clone()
    };
    let notice = site_notice(site_notice_error.as_deref(), &site, &words);
    let on_item = {
        let (navigate, src) = (navigate.clone(), view.src.clone());
        Callback::from(move |item| {
            navigate.emit(View {
                src: src.clone(),
                item,
            })
        })
    };

    let opener = use_memo((), |()| NewsletterOpener::default());
    // The sign-up's dialog (hidden until wanted) is built after the first paint, so that it
    // never delays the headline; a server writes it at once, for Subscribe to open without
    // the program.
    let painted = use_painted();
    let live = use_live();
    // The sign-up is offered when it is on and the site says where sign-ups go.
    let newsletter =
        (props.newsletter && site.newsletter.endpoint.is_some()).then(|| (*opener).clone());

    let publishing = use_memo(site.clone(), |site| Publishing::of(site));
    html! {
        <ContextProvider<ReadingEvents> context={reading_events}>
        <ContextProvider<Publishing> context={(*publishing).clone()}>
        <ContextProvider<Words> context={words.clone()}>
        <ContextProvider<Option<NewsletterOpener>> context={newsletter.clone()}>
          <div class="frame" lang={words.language()} dir={words.direction()} data-size={reading.text_size.to_string()} data-font={reading.font.name()}
              data-theme={reading.theme.name()} data-width={reading.width.name()} data-spacing={reading.spacing.name()}
              data-live={live.then_some("")} data-words={first_coming.then_some("coming")}
              data-panic-message={words.say(Message::ErrorPanic)}>
            <Masthead site={site.clone()} section={(*section).clone()} current={view.src.clone()}
                standalone={props.standalone} page_query={props.page_query.clone()} {notice} on_navigate={choose}
                reading={*reading} {on_reading} />
            <div class="reader-main">
                <Reader src={view.src.clone()} item={view.item} page_language={props.page_language.clone()}
                    given={props.given.content.clone()} body_html={props.given.body_html.clone()}
                    choices={*choices} {on_item} {on_status} />
            </div>
            if let Some(opener) = newsletter.filter(|_| painted) {
                <Newsletter site={site} {opener} on_event={props.on_subscribe.clone()} />
            }
          </div>
        </ContextProvider<Option<NewsletterOpener>>>
        </ContextProvider<Words>>
        </ContextProvider<Publishing>>
        </ContextProvider<ReadingEvents>>
    }
}

/// What the masthead's notice says: why the site configuration could not be used, or which of
/// its messages could not.
fn site_notice(error: Option<&LoadError>, site: &Site, words: &Words) -> Option<AttrValue> {
    if let Some(error) = error {
        let problem = error_words(error, words);
        return Some(AttrValue::from(
            words.with(Message::SiteNotice, &[("problem", Arg::Text(&problem))]),
        ));
    }
    let problems: Vec<String> = site
        .message_problems
        .iter()
        .map(|problem| problem_words(problem, words))
        .collect();
    (!problems.is_empty()).then(|| AttrValue::from(problems.join(" ")))
}

/// The site configuration: the one given for `src`, or the built-in one until the one at `src`
/// has loaded; if that one cannot be used, the built-in one stays and a notice says why.
#[hook]
fn use_site(src: Option<AttrValue>, given: &Given) -> (Shared<Site>, Option<Shared<LoadError>>) {
    let built_in = given.built_in_site.clone();
    let loaded = use_state(|| {
        given
            .site
            .clone()
            .map(Ok::<Shared<Site>, Shared<LoadError>>)
    });
    // What was given at first needs no load.
    let given_first = use_mut_ref(|| given.site.is_some());
    {
        let loaded = loaded.clone();
        use_effect_with(src, move |src| {
            let abort = Abort::new();
            if !std::mem::take(&mut *given_first.borrow_mut()) {
                loaded.set(None);
                if let Some(src) = src.clone() {
                    abort.ticket().spawn(
                        move |signal| async move { load_site(&src, signal.as_ref()).await },
                        move |result| {
                            loaded.set(Some(result.map(Shared::from).map_err(Shared::from)));
                        },
                    );
                }
            }
            move || drop(abort)
        });
    }
    match &*loaded {
        Some(Ok(site)) => (site.clone(), None),
        Some(Err(notice)) => (built_in, Some(notice.clone())),
        None => (built_in, None),
    }
}
