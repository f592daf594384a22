using Parallax.Core.Articles;

namespace Parallax.Extraction.Text;

/// <summary>
/// Closed-class vocabulary of web page furniture in news sites: calls to action, appeals, newsletter boxes, comment
/// forms, share bars, ad markers, author boxes, navigation, legal notices, photo credits. These are conventions of
/// the medium, not phrases of any particular outlet. English here; <see cref="EuropeanBoilerplate"/> adds the same
/// kinds in six more languages.
/// </summary>
internal static class BoilerplateLexicon
{
    private const int Strong = 3;
    private const int Weak = 1;

    private static readonly CuePhrase[] EnglishCues =
    [
        // Donation and membership appeals.
        new("donate", RemovalReason.Donation, Strong),
        new("donation", RemovalReason.Donation, Strong),
        new("donations", RemovalReason.Donation, Strong),
        new("make a contribution", RemovalReason.Donation, Strong),
        new("every contribution", RemovalReason.Donation, Strong),
        new("support independent journalism", RemovalReason.Donation, Strong),
        new("support our journalism", RemovalReason.Donation, Strong),
        new("support our work", RemovalReason.Donation, Strong),
        new("support us", RemovalReason.Donation, Strong),
        new("dear reader", RemovalReason.Donation, Strong),
        new("dear readers", RemovalReason.Donation, Strong),
        new("dear friends", RemovalReason.Donation, Strong),
        new("remind me later", RemovalReason.Donation, Strong),
        new("maybe later", RemovalReason.Donation, Strong),
        new("not ready to", RemovalReason.Donation, Strong),
        new("become a member", RemovalReason.Donation, Strong),
        new("become a supporter", RemovalReason.Donation, Strong),
        new("become a patron", RemovalReason.Donation, Strong),
        new("a message from", RemovalReason.Donation, Strong),
        new("a note from", RemovalReason.Donation, Strong),
        new("one-time", RemovalReason.Donation, Weak),
        new("payment methods", RemovalReason.Donation, Strong),
        new("support", RemovalReason.Donation, Weak),
        new("supporting", RemovalReason.Donation, Weak),
        new("contribution", RemovalReason.Donation, Weak),
        new("membership", RemovalReason.Donation, Weak),
        new("independent journalism", RemovalReason.Donation, Weak),
        new("your support", RemovalReason.Donation, Weak),
        new("your help", RemovalReason.Donation, Weak),
        new("thank you for", RemovalReason.Donation, Weak),
        new("paywall", RemovalReason.Donation, Weak),

        // Newsletters and sign-up boxes.
        new("newsletter", RemovalReason.Newsletter, Strong),
        new("newsletters", RemovalReason.Newsletter, Strong),
        new("sign up", RemovalReason.Newsletter, Strong),
        new("signup", RemovalReason.Newsletter, Strong),
        new("sign-up", RemovalReason.Newsletter, Strong),
        new("free newsletter", RemovalReason.Newsletter, Strong),
        new("our newsletter", RemovalReason.Newsletter, Strong),
        new("subscribe", RemovalReason.Newsletter, Strong),
        new("subscribers", RemovalReason.Newsletter, Strong),
        new("subscription", RemovalReason.Newsletter, Weak),
        new("subscriber", RemovalReason.Newsletter, Weak),
        new("log in", RemovalReason.Newsletter, Weak),
        new("sign in", RemovalReason.Newsletter, Weak),
        new("full story", RemovalReason.Newsletter, Weak),
        new("in your inbox", RemovalReason.Newsletter, Strong),
        new("to your inbox", RemovalReason.Newsletter, Strong),
        new("mailbox", RemovalReason.Newsletter, Strong),
        new("enter your email", RemovalReason.Newsletter, Strong),
        new("never miss", RemovalReason.Newsletter, Strong),
        new("delivered to", RemovalReason.Newsletter, Weak),
        new("email address", RemovalReason.Newsletter, Weak),
        new("unsubscribe", RemovalReason.Newsletter, Strong),

        // Comment forms and prompts.
        new("leave a reply", RemovalReason.Comments, Strong),
        new("leave a comment", RemovalReason.Comments, Strong),
        new("add a comment", RemovalReason.Comments, Strong),
        new("post a comment", RemovalReason.Comments, Strong),
        new("post comment", RemovalReason.Comments, Strong),
        new("comments are closed", RemovalReason.Comments, Strong),
        new("join the conversation", RemovalReason.Comments, Strong),
        new("join the discussion", RemovalReason.Comments, Strong),
        new("will not be published", RemovalReason.Comments, Strong),
        new("required fields", RemovalReason.Comments, Strong),
        new("cancel reply", RemovalReason.Comments, Strong),
        new("to comment", RemovalReason.Comments, Weak),
        new("view comments", RemovalReason.Comments, Strong),
        new("show comments", RemovalReason.Comments, Strong),
        new("comment", RemovalReason.Comments, Weak),
        new("comments", RemovalReason.Comments, Weak),
        new("reply", RemovalReason.Comments, Weak),

        // Share bars and social prompts.
        new("share the story", RemovalReason.Share, Strong),
        new("share this", RemovalReason.Share, Strong),
        new("share on", RemovalReason.Share, Strong),
        new("share via", RemovalReason.Share, Strong),
        new("share article", RemovalReason.Share, Strong),
        new("copy link", RemovalReason.Share, Strong),
        new("follow us", RemovalReason.Share, Strong),
        new("tweet", RemovalReason.Share, Weak),
        new("share", RemovalReason.Share, Weak),
        new("facebook", RemovalReason.Share, Weak),
        new("twitter", RemovalReason.Share, Weak),
        new("whatsapp", RemovalReason.Share, Weak),
        new("linkedin", RemovalReason.Share, Weak),
        new("telegram", RemovalReason.Share, Weak),
        new("email", RemovalReason.Share, Weak),
        new("print", RemovalReason.Share, Weak),

        // Advertising markers.
        new("advertisement", RemovalReason.Advertisement, Strong),
        new("advertising", RemovalReason.Advertisement, Weak),
        new("sponsored", RemovalReason.Advertisement, Strong),
        new("sponsored content", RemovalReason.Advertisement, Strong),
        new("sponsored by", RemovalReason.Advertisement, Strong),
        new("scroll to continue", RemovalReason.Advertisement, Strong),
        new("paid content", RemovalReason.Advertisement, Strong),
        new("partner content", RemovalReason.Advertisement, Strong),
        new("promoted content", RemovalReason.Advertisement, Strong),
        new("continues below", RemovalReason.Advertisement, Strong),
        new("ad feedback", RemovalReason.Advertisement, Strong),
        new("ad", RemovalReason.Advertisement, Weak),

        // Author boxes.
        new("about the author", RemovalReason.AuthorBio, Strong),
        new("author", RemovalReason.AuthorBio, Strong),
        new("authors", RemovalReason.AuthorBio, Strong),
        new("written by", RemovalReason.AuthorBio, Strong),
        new("follow him on", RemovalReason.AuthorBio, Strong),
        new("follow her on", RemovalReason.AuthorBio, Strong),
        new("follow them on", RemovalReason.AuthorBio, Strong),
        new("contact the author", RemovalReason.AuthorBio, Strong),
        new("more articles by", RemovalReason.AuthorBio, Strong),

        // Navigation.
        new("read more", RemovalReason.Navigation, Strong),
        new("continue reading", RemovalReason.Navigation, Strong),
        new("click here", RemovalReason.Navigation, Strong),
        new("skip to content", RemovalReason.Navigation, Strong),
        new("skip to main content", RemovalReason.Navigation, Strong),
        new("back to top", RemovalReason.Navigation, Strong),
        new("see also", RemovalReason.Navigation, Strong),
        new("next article", RemovalReason.Navigation, Strong),
        new("previous article", RemovalReason.Navigation, Strong),
        new("load more", RemovalReason.Navigation, Strong),
        new("show more", RemovalReason.Navigation, Strong),
        new("home", RemovalReason.Navigation, Weak),
        new("menu", RemovalReason.Navigation, Weak),

        // Related links.
        new("related articles", RemovalReason.Related, Strong),
        new("related stories", RemovalReason.Related, Strong),
        new("related coverage", RemovalReason.Related, Strong),
        new("related", RemovalReason.Related, Weak),
        new("related:", RemovalReason.Related, Strong),
        new("read also", RemovalReason.Related, Strong),
        new("also read", RemovalReason.Related, Strong),
        new("more from", RemovalReason.Related, Weak),
        new("you may also like", RemovalReason.Related, Strong),
        new("you might also like", RemovalReason.Related, Strong),
        new("recommended for you", RemovalReason.Related, Strong),
        new("most read", RemovalReason.Related, Strong),
        new("most popular", RemovalReason.Related, Strong),
        new("trending now", RemovalReason.Related, Strong),
        new("more stories", RemovalReason.Related, Strong),
        new("top stories", RemovalReason.Related, Strong),

        // Legal and consent notices.
        new("cookie", RemovalReason.Legal, Strong),
        new("cookies", RemovalReason.Legal, Strong),
        new("privacy policy", RemovalReason.Legal, Strong),
        new("terms of use", RemovalReason.Legal, Strong),
        new("terms of service", RemovalReason.Legal, Strong),
        new("terms and conditions", RemovalReason.Legal, Strong),
        new("all rights reserved", RemovalReason.Legal, Strong),
        new("consent", RemovalReason.Legal, Weak),
        new("copyright", RemovalReason.Legal, Weak),
    ];

    /// <summary>First words of short calls to action ("Support X!", "Sign up", "Share", "Read more") and what they sell.</summary>
    public static RemovalReason? CallToActionReason(ReadOnlySpan<char> firstWordLower) =>
        EnglishCallToActionReason(firstWordLower) ?? EuropeanBoilerplate.CallToActionReason(firstWordLower);

    private static RemovalReason? EnglishCallToActionReason(ReadOnlySpan<char> firstWordLower) => firstWordLower switch
    {
        "support" or "donate" or "contribute" or "give" or "become" => RemovalReason.Donation,
        "subscribe" or "sign" or "register" or "join" => RemovalReason.Newsletter,
        "share" or "follow" or "tweet" or "like" or "email" or "print" => RemovalReason.Share,
        "read" or "click" or "see" or "watch" or "listen" or "view" or "continue" or "explore" or "discover" or "load"
            or "show" or "skip" or "back" => RemovalReason.Navigation,
        "comment" or "reply" or "leave" or "add" => RemovalReason.Comments,
        "accept" or "manage" or "reject" => RemovalReason.Legal,
        _ => null,
    };

    private static readonly string[] EnglishCaptionMarkers =
    [
        "photo:", "photos:", "photo by", "photograph:", "photograph by", "photography:", "image:", "images:",
        "image by", "picture:", "pictured:", "caption:", "credit:", "credits:", "photo credit", "image credit",
        "courtesy of", "getty images", "ap photo", "via reuters", "/reuters", "/ reuters", "/afp", "/ afp",
        "via getty", "shutterstock", "file photo", "file picture", "file image",
    ];

    /// <summary>Role nouns of people who write for an outlet, used to recognise author bios.</summary>
    public static readonly string[] JournalistRoles =
    [
        "writer", "reporter", "correspondent", "editor", "journalist", "columnist", "contributor", "producer",
        "photographer", "photojournalist", "blogger", "anchor", "presenter", "critic", "freelancer", "author",
        "intern", "fellow",
    ];

    /// <summary>Verbs that open an author bio after the name ("Jane Doe covers ...").</summary>
    public static readonly string[] BioVerbs = ["covers", "writes", "reports", "edits", "contributes"];

    /// <summary>Function words (English closed classes, and those of the languages of <see cref="EuropeanBoilerplate"/>); prose has many, page furniture few.</summary>
    public static readonly HashSet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "into", "about", "over", "after", "before", "between", "during", "under", "against", "through", "than",
        "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "while", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "should", "may", "might", "must", "shall", "not", "no", "it", "its", "he", "she", "they",
        "his", "her", "their", "them", "him", "we", "our", "us", "you", "your", "i", "my", "me", "there", "so",
        "also", "said", "says", "all", "any", "some", "more", "most", "such", "only", "up", "out", "then", "just",
    }.Union(EuropeanBoilerplate.FunctionWords).ToHashSet(StringComparer.Ordinal);

    /// <summary>Pronouns of direct address; outside quotations they mark a site talking to its readers.</summary>
    public static readonly HashSet<string> AddressWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "we", "our", "ours", "us", "you", "your", "yours", "we're", "you're", "we've", "you've", "we'll", "you'll",
    }.Union(EuropeanBoilerplate.AddressWords).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words that cannot be an outlet's name on their own.</summary>
    public static readonly HashSet<string> NotOutletNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "Us", "Our", "You", "Your", "We", "It", "This", "Today", "Now", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "Me", "Them", "Here", "Home",
    };

    /// <summary>Abbreviations after which ". " does not end a sentence.</summary>
    public static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "vs", "jr", "sr", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "prof",
        "no", "inc", "co", "corp", "ltd", "u.s", "u.k", "e.g", "i.e", "etc", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    };

    // Declared after the English lists: static fields are initialised in the order they are written.
    /// <summary>Every cue phrase, English first.</summary>
    public static readonly CuePhrase[] Cues = [.. EnglishCues, .. EuropeanBoilerplate.Cues];

    /// <summary>Lower-case markers that a short block is a photo caption or credit, in every language known.</summary>
    public static readonly string[] CaptionMarkers = [.. EnglishCaptionMarkers, .. EuropeanBoilerplate.CaptionMarkers];
}
