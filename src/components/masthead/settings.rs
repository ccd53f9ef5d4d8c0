//! Reading settings: text size, font, theme, line width and spacing, in a popover opened from
//! the masthead. Native controls (buttons and radio groups in fieldsets) give keyboard use and
//! names for free.

use yew::prelude::*;

use crate::model::{Arg, Choice, Message, ReadingSettings};

use super::super::rendering::{use_live, use_painted};
use super::super::words::{use_words, Words};
use super::popover::use_popover_focus;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub settings: ReadingSettings,
    pub on_change: Callback<ReadingSettings>,
}

#[component]
pub fn ReadingSettingsPanel(props: &SettingsProps) -> Html {
    let words = use_words();
    let settings = props.settings;
    let pick = |next: ReadingSettings| {
        let on_change = props.on_change.clone();
        Callback::from(move |_: Event| on_change.emit(next))
    };
    let size = |step: i8| {
        let on_change = props.on_change.clone();
        let target = (settings.text_size + step).clamp(
            *ReadingSettings::TEXT_SIZES.start(),
            *ReadingSettings::TEXT_SIZES.end(),
        );
        Callback::from(move |_: MouseEvent| {
            on_change.emit(ReadingSettings {
                text_size: target,
                ..settings
            })
        })
    };
    let percent = text_percent(settings.text_size);
    let (panel, button) = (use_node_ref(), use_node_ref());
    use_popover_focus(panel.clone(), button.clone());
    // The panel is closed until asked for: its controls are built after the first paint.
    let painted = use_painted();
    // The settings are the program's to apply: a server writes the panel empty.
    let live = use_live();
    html! {
        <>
            <button type="button" class="masthead-button settings-button scripted" popovertarget="lede-settings"
                aria-controls="lede-settings" ref={button}>
                <span aria-hidden="true" class="icon">{ "Aa" }</span><span class="label">{ words.say(Message::Settings) }</span>
            </button>
            <div id="lede-settings" class="settings-panel" popover="auto" role="group" aria-label={words.say(Message::Settings)} part="settings"
                ref={panel}>
                if painted && live {
                    <fieldset class="setting">
                        <legend>{ words.say(Message::SettingsTextSize) }</legend>
                        <div class="choices">
                            <button type="button" class="step" aria-label={words.say(Message::SettingsSmaller)} onclick={size(-1)}
                                disabled={settings.text_size == *ReadingSettings::TEXT_SIZES.start()}>{ "A−" }</button>
                            <output aria-live="polite">{ words.with(Message::SettingsPercent, &[("percent", Arg::Number(u64::from(percent)))]) }</output>
                            <button type="button" class="step" aria-label={words.say(Message::SettingsLarger)} onclick={size(1)}
                                disabled={settings.text_size == *ReadingSettings::TEXT_SIZES.end()}>{ "A+" }</button>
                        </div>
                    </fieldset>
                    { choices(&words, Message::SettingsFont, "font", settings.font, |font| pick(ReadingSettings { font, ..settings })) }
                    { choices(&words, Message::SettingsTheme, "theme", settings.theme, |theme| pick(ReadingSettings { theme, ..settings })) }
                    { choices(&words, Message::SettingsWidth, "width", settings.width, |width| pick(ReadingSettings { width, ..settings })) }
                    { choices(&words, Message::SettingsSpacing, "spacing", settings.spacing, |spacing| pick(ReadingSettings { spacing, ..settings })) }
                }
            </div>
        </>
    }
}

/// A radio group, one choice for each value of `T`; `pick` gives what choosing a value does.
fn choices<T: Choice>(
    words: &Words,
    legend: Message,
    name: &'static str,
    chosen: T,
    pick: impl Fn(T) -> Callback<Event>,
) -> Html {
    html! {
        <fieldset class="setting">
            <legend>{ words.say(legend) }</legend>
            <div class="choices">
                { for T::ALL.iter().enumerate().map(|(index, &value)| {
                    let id = format!("lede-{name}-{index}");
                    html! {
                        <span class="choice">
                            <input type="radio" id={id.clone()} name={name} checked={value == chosen}
                                onchange={pick(value)} />
                            <label for={id}>{ words.say(value.label()) }</label>
                        </span>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// How big the text is at each step, in percent of normal (the stylesheet's `data-size` rules).
fn text_percent(step: i8) -> u32 {
    match step {
        i8::MIN..=-2 => 80,
        -1 => 90,
        0 => 100,
        1 => 112,
        2 => 125,
        3 => 140,
        _ => 160,
    }
}
