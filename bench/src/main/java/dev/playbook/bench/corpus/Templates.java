package dev.playbook.bench.corpus;

import java.util.List;

/**
 * Sentence shapes with {@code {slot}} placeholders filled from {@link Phrases}. A capitalised slot name
 * capitalises the phrase, {@code {a item}} adds the right indefinite article, and a trailing digit
 * ({@code {action2}}) draws a second phrase from the same slot.
 */
final class Templates {
    private Templates() {
    }

    static final List<String> SENTENCE = List.of(
            "{Condition}, {staff} should {action}.",
            "Always {action} {time}, {reason}.",
            "{Customer} who contacts us {channel} is often {feeling}, so {action} before you {action2}.",
            "Do not {action} until you {action2}.",
            "{Staff} may {action} {condition}, but only after they {action2}.",
            "Most complaints about {a item} are settled when we {action} and {action2}.",
            "Keep the tone calm and plain: {customer} wants to know what happens next, not how our systems work.",
            "A short summary at the end helps, so repeat the {item} number, the next step and the date.",
            "In our experience, {customer} who feels heard is far less likely to ask for a manager.",
            "**Never** promise {a item} that you cannot approve yourself; {action} instead.",
            "When in doubt, {action}.",
            "{Staff} makes the final decision {condition}.",
            "Write down what {customer} told you in their own words, {reason}.",
            "If {customer} has already called twice about the same {item}, {action} and {action2}.",
            "The case system shows every {item} linked to the account, which makes it easy to {action}.",
            "Use the reason code `{code}` when you {action}.",
            "Check the *delivery date*, not the order date, before you {action}.",
            "{Condition}, it is usually better to {action} than to {action2}.",
            "Colleagues sometimes {action} too early; wait until you have checked the {item}.",
            "The goal is simple: {customer} should leave the conversation knowing who owns the case and when they"
                    + " will hear from us.",
            "{Condition}, tell the customer honestly what you can and cannot do {time}.",
            "{A item} is never a favour; it is how we put things right {condition}.",
            "You do not need a manager to {action}.",
            "{Staff} should {action} {time}.",
            "Customers rarely complain about the rule itself; they complain when nobody explains it.",
            "If the system will not let you {action}, note the error message and {action2}.",
            "{Customer} is entitled to a clear answer {time}.",
            "Offer to {action}, and let the customer choose.",
            "The *first* contact matters most, because {customer} decides then whether to trust us.",
            "Make sure you {action} and {action2} {time}.",
            "Use the code `{code}` so that reporting can count these cases correctly.",
            "{Condition}, {action} first and deal with the paperwork afterwards.",
            "We measure success by whether {customer} needs to contact us again, not by how short the call was.",
            "Ask open questions, listen to the answer, and only then {action}.",
            "It helps to {action} while {customer} is still on the line.",
            "Be specific about dates: \"within three working days\" is a promise, \"soon\" is not.",
            "**Do not** argue about who is at fault; {action} and move the case forward.",
            "{Staff} can approve {a item} up to the limit on the parameters page without asking anyone.",
            "There is no need to {action} {condition}.",
            "{Condition}, the customer may ask for {a item}; {action} and explain the timeline.",
            "Stores and the contact centre follow the same rule here, so {action} wherever the customer comes to us.",
            "Record the `{code}` code and the {item} number in the case notes, {reason}.",
            "A good handover means the next colleague can {action} without calling the customer again.",
            "Sometimes the best outcome is a plain apology and a clear next step.",
            "Never ask {customer} to call back later; take ownership and {action}.",
            "{Customer} {channel} expects the same answer as {customer2} {channel2}, so {action}.");

    static final List<String> BULLET = List.of(
            "{Action}.",
            "{Action} {time}.",
            "{Condition}, {action}.",
            "Check the {item} number and the date.",
            "{Action}, {reason}.",
            "Use the code `{code}` for {a item}.",
            "**Never** {action} without a note in the case.");

    static final List<String> STEP = List.of(
            "{Action}.",
            "{Action} and {action2}.",
            "{Action} {time}.",
            "If needed, {action}.");

    static final List<String> LINK = List.of(
            "For the details, see [{title}]({href}).",
            "This works together with [{title}]({href}).",
            "Read [{title}]({href}) before you {action}.",
            "The same approach is described in [{title}]({href}).",
            "Colleagues new to this topic should also read [{title}]({href}).");

    static final List<String> ANCHOR_LINK = List.of(
            "The section [{heading}]({href}) in {title} explains when to {action}.",
            "See [{heading}]({href}) on the {title} page.",
            "The rules under [{heading}]({href}) still apply here.");

    static final List<String> SUMMARY = List.of(
            "What to do {condition}.",
            "How to {action} {channel}.",
            "Who can approve {a item}, and what to check first.",
            "The steps every colleague follows to {action}.",
            "Why we {action} {time}.");

    static final List<String> SITUATION = List.of(
            "{Customer} reported that the {item} had not arrived after a week.",
            "{Customer} was charged twice for the same {item}.",
            "{Customer} received a damaged item and wanted it replaced the same day.",
            "{Customer} had been promised a callback that never came.",
            "{Customer} could not use {a item} at the till.",
            "{Customer} wanted to return a gift without the receipt.");

    static final List<String> OUTCOME = List.of(
            "The customer accepted {a item} and the case was closed {time}.",
            "The {item} was sorted out {time} and the customer thanked the team.",
            "The customer stayed with us and left positive feedback.",
            "A team lead approved {a item} and the customer did not need to call again.");

    static final List<String> LIMIT_CONDITION = List.of(
            "Applies {condition}.",
            "Only {condition}, and after you {action}.",
            "Applies once per order; {action} first.");
}
