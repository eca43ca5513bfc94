package dev.playbook.bench.corpus;

import java.util.List;
import java.util.Map;

/**
 * The vocabulary that fills sentence templates: each slot name maps to interchangeable phrases of the same
 * grammatical shape, so any choice yields a correct sentence.
 */
final class Phrases {
    private Phrases() {
    }

    /** Singular noun phrases, lowercase. */
    static final List<String> CUSTOMER = List.of(
            "the customer", "a regular customer", "a first-time customer", "the account holder",
            "an elderly customer", "a business customer", "a loyalty member", "a customer with a disability",
            "a parent with a young child", "a returning customer", "the buyer", "a customer living abroad",
            "a student on a tight budget", "a customer buying a gift");

    /** Singular noun phrases for colleagues, lowercase. */
    static final List<String> STAFF = List.of(
            "the agent", "the associate", "the team lead", "the store manager", "the care manager",
            "the colleague on shift", "the duty manager", "whoever takes the contact",
            "the first colleague the customer speaks to", "the case owner");

    /** Base-form verb phrases without final punctuation. */
    static final List<String> ACTION = List.of(
            "check the order history", "confirm the delivery address", "issue a goodwill credit",
            "log the complaint in the case system", "offer a replacement", "apologise for the delay",
            "ask a team lead to join the call", "call the customer back within one working day",
            "note the order number in the case", "verify the customer's identity",
            "refund the original payment method", "book a new delivery slot",
            "explain the returns policy in plain words", "check stock in a nearby store",
            "record the outcome before closing the case", "send a written confirmation by email",
            "open a claim with the courier", "ask for a photo of the damage",
            "check whether the payment was taken twice", "cancel the remaining items on the order",
            "reserve the item for collection", "offer store credit instead of a refund",
            "agree a date for the next update", "read the details back to the customer",
            "add a note for the next colleague", "check the warranty period",
            "arrange a collection from the customer's home", "waive the return postage",
            "update the contact details on the account", "pass the case to the care team",
            "check the promotion terms", "apply the missing discount", "reissue the gift card",
            "unlock the online account", "explain what happens next and when", "keep the customer informed",
            "check the delivery tracking together with the customer", "compare the receipt with the till record",
            "ask what outcome the customer expects", "summarise the agreement at the end of the call",
            "tag the case with the right reason code", "take ownership of the case",
            "thank the customer for their patience", "offer a callback at a time that suits them",
            "check the returns window", "escalate to the store manager", "raise a price match",
            "confirm the refund amount", "split the refund across both payment cards",
            "print a returns label", "check the serial number against the order");

    /** Conditions starting with "if" or "when", lowercase. */
    static final List<String> CONDITION = List.of(
            "if the parcel is more than five days late", "when the receipt is missing",
            "if the item arrived damaged", "when the customer asks for a manager", "if the payment failed twice",
            "when the order was split across two deliveries",
            "if the courier marked the parcel as delivered but it never arrived",
            "when the customer has contacted us three times or more", "if the item is out of stock in every store",
            "when the refund has not appeared after ten working days", "if the gift card balance looks wrong",
            "when the customer paid with two different cards", "if the promotion ended yesterday",
            "when the delivery address is outside our area", "if the product has been recalled",
            "when the customer is clearly upset", "if the order was placed through a business account",
            "when the item is over the value limit", "if the warranty has just expired",
            "when the store is about to close", "if the customer cannot prove their identity",
            "when the complaint is about a colleague", "if the price dropped after the purchase",
            "when the item was bought as a gift", "if the customer wants to cancel after dispatch",
            "when the parcel was left with a neighbour", "if the customer mentions a medical need",
            "when the loyalty points did not arrive", "if the voucher code is rejected at checkout",
            "when the driver missed the delivery slot");

    static final List<String> TIME = List.of(
            "within one working day", "before the end of the call", "on the same day", "within three working days",
            "before the store closes", "within 24 hours", "before you hang up", "by the agreed date",
            "as soon as the case is opened", "at the first contact");

    /** Clauses that give a reason, starting with "so", "because" or "which". */
    static final List<String> REASON = List.of(
            "so the customer does not have to repeat the story",
            "because the courier needs the reference to open a claim", "which keeps the case history complete",
            "so that finance can reconcile the credit",
            "because a clear record protects the customer and the colleague",
            "so the next colleague knows what was promised",
            "because most repeat contacts start with a missed promise",
            "which is what the customer remembers about the call", "so that the refund reaches the right account",
            "because the team lead will ask for it", "so the store can plan the collection",
            "which saves a second call later");

    /** Singular nouns without article. */
    static final List<String> ITEM = List.of(
            "order", "parcel", "refund", "replacement", "credit note", "voucher", "invoice", "receipt",
            "delivery slot", "exchange", "gift card", "warranty claim", "price match", "collection", "return",
            "goodwill credit");

    static final List<String> CHANNEL = List.of(
            "on the phone", "in the store", "over chat", "by email", "through the online account",
            "at the service desk");

    static final List<String> FEELING = List.of(
            "frustrated", "upset", "confused", "anxious", "in a hurry", "polite but firm", "angry",
            "disappointed", "worried about the cost");

    static final List<String> CODE = List.of(
            "RFND-01", "DLV-LATE", "GW-CREDIT", "DMG-PHOTO", "ESC-TL", "PM-MATCH", "GC-REISSUE", "ID-CHECK",
            "RTN-FREE", "CB-24H");

    static final Map<String, List<String>> SLOTS = Map.of(
            "customer", CUSTOMER, "staff", STAFF, "action", ACTION, "condition", CONDITION, "time", TIME,
            "reason", REASON, "item", ITEM, "channel", CHANNEL, "feeling", FEELING, "code", CODE);
}
