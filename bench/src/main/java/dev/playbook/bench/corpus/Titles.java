package dev.playbook.bench.corpus;

import java.util.List;

/**
 * Page titles, heading texts and tags. Heading pools are disjoint and their slugs distinct, so headings drawn
 * without replacement are unique within a page and every anchor names exactly one heading.
 */
final class Titles {
    private Titles() {
    }

    static final String HOME = "Welcome to the playbook";
    static final String VISION = "Our service vision";

    static final List<String> AREAS = List.of(
            "Refunds and returns", "Deliveries", "Complaints", "Payments", "Store operations",
            "Accounts and data", "Loyalty and promotions", "Escalations", "Gift cards and vouchers",
            "Repairs and warranties", "Business customers", "Contact channels");

    static final List<String> TOPICS = List.of(
            "Refund basics", "Late deliveries", "Damaged parcels", "Missing receipts", "Goodwill credits",
            "Price matching", "Split orders", "Gift card balances", "Loyalty points", "Click and collect",
            "Store exchanges", "Chat etiquette", "Phone greetings", "Complaint escalation", "Manager callbacks",
            "Failed payments", "Address changes", "Warranty claims", "Faulty electricals", "Order cancellations",
            "Duplicate charges", "Courier claims", "Vulnerable customers", "Abusive contacts",
            "Identity checks", "Written complaints", "Bulk orders", "Business accounts", "Out of stock items",
            "Pre-orders", "Returns by post", "Home delivery slots", "Store credit", "Voucher codes",
            "Promotions and coupons", "Account lockouts", "Order tracking", "Lost parcels", "Partial refunds",
            "Deliveries to a neighbour", "Furniture assembly", "Large item collection", "Product recalls",
            "Feedback surveys", "Closing complaints", "Repeat contacts", "Email replies",
            "Social media complaints", "Peak season", "Gift receipts", "Card refunds", "Cash refunds",
            "Exchanges without receipt", "Delivery damage claims", "Missing items", "Wrong items delivered");

    static final List<String> QUALIFIERS = List.of(
            " for new colleagues", " in stores", " over chat", " on the phone", " by email", " at peak times",
            " for business customers", " at the service desk");

    static final List<String> STANDARD = List.of(
            "Greeting every customer", "Owning the case", "Refunding to the original payment",
            "Apologising without blame", "Confirming identity", "Promising only what we can keep",
            "Calling back on time", "Writing case notes", "Handing over a case", "Closing a complaint",
            "Offering a goodwill gesture", "Checking the order first", "Explaining the returns policy",
            "Treating vulnerable customers fairly", "Escalating to a manager", "Replying to written complaints",
            "Handling damaged goods", "Keeping customers informed", "Protecting customer data",
            "Ending an abusive contact", "Matching a lower price", "Cancelling an order",
            "Replacing a faulty product", "Booking a redelivery", "Resolving a duplicate charge");

    static final List<String> PARAMETER = List.of(
            "Goodwill credit limits", "Refund approval limits", "Callback time limits", "Price match limits",
            "Gift card reissue limits", "Late delivery compensation", "Return postage waivers",
            "Voucher value limits", "Hold time limits", "Manual discount limits", "Courier claim limits",
            "Cash refund limits");

    static final List<String> STORY = List.of(
            "The sofa that arrived on the wrong day", "A birthday present lost in transit",
            "Charged twice at the self checkout", "The kettle that failed after a week",
            "A wedding order in a hurry", "The voucher that would not scan", "A refund that went to a closed card",
            "The parcel left in the rain", "A complaint about a colleague", "The missing fridge shelf",
            "A loyal customer ready to leave", "The gift card with no balance", "A recall call that went well",
            "The return without a receipt", "A delivery to the wrong town", "The customer who called five times",
            "A price drop the day after", "The broken mirror", "A business order split in three",
            "The callback that saved the account", "A chat that turned into a visit",
            "The elderly customer and the online form", "The double booking of a delivery slot",
            "A warranty claim one day late", "The store that stayed open ten minutes longer");

    /** Fixed H2 headings per type, in the order they appear. */
    static List<String> fixedHeadings(PageType type) {
        return switch (type) {
            case STANDARD -> List.of("When", "How", "Authority");
            case PARAMETER -> List.of("Limits by role");
            case STORY -> List.of("What happened", "What the colleague did", "Why it worked");
            case VISION -> List.of("Our promise");
            case GUIDE -> List.of();
        };
    }

    static final List<String> H2 = List.of(
            "Before you start", "What the customer sees", "First contact", "Checking the order",
            "Who can approve", "Common mistakes", "Escalating the case", "Following up", "Recording the outcome",
            "Edge cases", "What if the customer has no receipt?", "On the phone", "In the store",
            "Chat and email", "Examples from stores", "Timelines", "Payment methods", "Tone of voice",
            "Related guidance", "Why this matters", "Exceptions", "Checklist", "Handing over to a colleague",
            "Closing the case", "When the courier is at fault", "Supporting vulnerable customers",
            "Data protection", "Partial refunds", "Goodwill gestures", "Repeat contacts", "Business accounts",
            "Peak season", "Stock and availability", "Reason codes", "Questions customers ask",
            "What good looks like", "What to avoid", "Training notes", "Measuring success",
            "Working with the courier", "Working with finance", "Store and contact centre together",
            "Keeping the customer informed", "Promises we can keep", "Fraud warning signs",
            "After the case is closed", "Written replies", "Accessibility", "Our principles", "Background");

    static final List<String> H3 = List.of(
            "Before the call", "During the call", "After the call", "If the customer disagrees",
            "If the system is down", "Photos and evidence", "Card payments", "Cash payments", "Gift cards",
            "Large items", "Small parcels", "Opening hours", "Weekends and holidays", "Partial deliveries",
            "Missing items", "Wrong items", "Damaged packaging", "Faulty products", "Customers abroad",
            "Third parties", "Power of attorney", "Customers under 18", "First-time customers",
            "Loyalty members", "Staff purchases", "Online orders", "Store orders", "Marketplace sellers",
            "Refund timings", "Credit notes", "Callbacks", "Holding the line", "Transfers", "Complaint letters",
            "Social media", "Reviews", "Examples", "Notes for team leads", "Notes for store managers",
            "Why we ask");

    static final List<String> TAGS = List.of(
            "refunds", "returns", "deliveries", "complaints", "credits", "payments", "orders", "stores", "phone",
            "chat", "email", "escalation", "identity", "vouchers", "gift-cards", "loyalty", "damage", "warranty",
            "courier", "tone", "safety", "data-protection", "accessibility", "business-accounts", "promotions",
            "stock", "collections", "callbacks", "recalls", "feedback");
}
