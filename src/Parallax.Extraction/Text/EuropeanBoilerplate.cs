using Parallax.Core.Articles;

namespace Parallax.Extraction.Text;

/// <summary>
/// The furniture vocabulary of <see cref="BoilerplateLexicon"/> for news sites in German, French, Spanish, Italian,
/// Portuguese and Dutch: the same kinds of appeals, sign-up boxes, comment prompts, share bars, ad markers, related
/// links, legal notices and credits, in the words those sites use for them, plus each language's function words
/// (prose has many) and the pronouns a site addresses its readers with. Conventions of the medium in each language,
/// not phrases of any particular site. Only words that are not also ordinary content words are weighted strong.
/// </summary>
internal static class EuropeanBoilerplate
{
    private const int Strong = 3;
    private const int Weak = 1;

    public static readonly CuePhrase[] Cues =
    [
        // German.
        new("spenden", RemovalReason.Donation, Strong),
        new("jetzt spenden", RemovalReason.Donation, Strong),
        new("ihre spende", RemovalReason.Donation, Strong),
        new("jede spende", RemovalReason.Donation, Strong),
        new("unterstützen sie", RemovalReason.Donation, Strong),
        new("unterstütze uns", RemovalReason.Donation, Strong),
        new("unterstützen sie uns", RemovalReason.Donation, Strong),
        new("mitglied werden", RemovalReason.Donation, Strong),
        new("unabhängigen journalismus", RemovalReason.Donation, Weak),
        new("abonnieren", RemovalReason.Newsletter, Strong),
        new("jetzt abonnieren", RemovalReason.Newsletter, Strong),
        new("zum newsletter", RemovalReason.Newsletter, Strong),
        new("newsletter abonnieren", RemovalReason.Newsletter, Strong),
        new("jetzt anmelden", RemovalReason.Newsletter, Strong),
        new("registrieren sie sich", RemovalReason.Newsletter, Strong),
        new("e-mail-adresse", RemovalReason.Newsletter, Weak),
        new("abo", RemovalReason.Newsletter, Weak),
        new("kommentar schreiben", RemovalReason.Comments, Strong),
        new("kommentare", RemovalReason.Comments, Weak),
        new("kommentieren", RemovalReason.Comments, Strong),
        new("in den kommentaren", RemovalReason.Comments, Strong),
        new("artikel teilen", RemovalReason.Share, Strong),
        new("teilen sie", RemovalReason.Share, Strong),
        new("teile diesen", RemovalReason.Share, Strong),
        new("folgen sie uns", RemovalReason.Share, Strong),
        new("folge uns", RemovalReason.Share, Strong),
        new("teilen", RemovalReason.Share, Weak),
        new("drucken", RemovalReason.Share, Weak),
        new("anzeige", RemovalReason.Advertisement, Strong),
        new("werbung", RemovalReason.Advertisement, Strong),
        new("gesponsert", RemovalReason.Advertisement, Strong),
        new("affiliate-links", RemovalReason.Advertisement, Strong),
        new("über den autor", RemovalReason.AuthorBio, Strong),
        new("über die autorin", RemovalReason.AuthorBio, Strong),
        new("autor", RemovalReason.AuthorBio, Weak),
        new("autorin", RemovalReason.AuthorBio, Weak),
        new("weiterlesen", RemovalReason.Navigation, Strong),
        new("mehr lesen", RemovalReason.Navigation, Strong),
        new("zum artikel", RemovalReason.Navigation, Strong),
        new("zurück zur übersicht", RemovalReason.Navigation, Strong),
        new("nach oben", RemovalReason.Navigation, Weak),
        new("startseite", RemovalReason.Navigation, Weak),
        new("das könnte sie auch interessieren", RemovalReason.Related, Strong),
        new("das könnte dich auch interessieren", RemovalReason.Related, Strong),
        new("auch interessant", RemovalReason.Related, Strong),
        new("mehr zum thema", RemovalReason.Related, Strong),
        new("weitere artikel", RemovalReason.Related, Strong),
        new("ähnliche artikel", RemovalReason.Related, Strong),
        new("schon gelesen", RemovalReason.Related, Strong),
        new("lesen sie auch", RemovalReason.Related, Strong),
        new("lies auch", RemovalReason.Related, Strong),
        new("meistgelesen", RemovalReason.Related, Strong),
        new("weitere informationen", RemovalReason.Related, Weak),
        new("datenschutzerklärung", RemovalReason.Legal, Strong),
        new("datenschutz", RemovalReason.Legal, Weak),
        new("impressum", RemovalReason.Legal, Strong),
        new("alle rechte vorbehalten", RemovalReason.Legal, Strong),
        new("ohne gewähr", RemovalReason.Legal, Strong),
        new("nutzungsbedingungen", RemovalReason.Legal, Strong),

        // French.
        new("faire un don", RemovalReason.Donation, Strong),
        new("soutenez", RemovalReason.Donation, Strong),
        new("soutenir", RemovalReason.Donation, Weak),
        new("abonnez-vous", RemovalReason.Newsletter, Strong),
        new("s'abonner", RemovalReason.Newsletter, Strong),
        new("inscrivez-vous", RemovalReason.Newsletter, Strong),
        new("lettre d'information", RemovalReason.Newsletter, Strong),
        new("abonnement", RemovalReason.Newsletter, Weak),
        new("laisser un commentaire", RemovalReason.Comments, Strong),
        new("commentaires", RemovalReason.Comments, Weak),
        new("partager", RemovalReason.Share, Weak),
        new("suivez-nous", RemovalReason.Share, Strong),
        new("publicité", RemovalReason.Advertisement, Strong),
        new("lire la suite", RemovalReason.Navigation, Strong),
        new("lire aussi", RemovalReason.Related, Strong),
        new("à lire aussi", RemovalReason.Related, Strong),
        new("vous aimerez aussi", RemovalReason.Related, Strong),
        new("sur le même sujet", RemovalReason.Related, Strong),
        new("les plus lus", RemovalReason.Related, Strong),
        new("tous droits réservés", RemovalReason.Legal, Strong),
        new("mentions légales", RemovalReason.Legal, Strong),
        new("politique de confidentialité", RemovalReason.Legal, Strong),

        // Spanish.
        new("haz una donación", RemovalReason.Donation, Strong),
        new("hazte miembro", RemovalReason.Donation, Strong),
        new("hazte socio", RemovalReason.Donation, Strong),
        new("apoya", RemovalReason.Donation, Weak),
        new("suscríbete", RemovalReason.Newsletter, Strong),
        new("suscribirse", RemovalReason.Newsletter, Strong),
        new("boletín", RemovalReason.Newsletter, Weak),
        new("deja un comentario", RemovalReason.Comments, Strong),
        new("comentarios", RemovalReason.Comments, Weak),
        new("compartir", RemovalReason.Share, Weak),
        new("síguenos", RemovalReason.Share, Strong),
        new("siguenos", RemovalReason.Share, Strong),
        new("publicidad", RemovalReason.Advertisement, Strong),
        new("leer más", RemovalReason.Navigation, Strong),
        new("lee también", RemovalReason.Related, Strong),
        new("te puede interesar", RemovalReason.Related, Strong),
        new("noticias relacionadas", RemovalReason.Related, Strong),
        new("lo más leído", RemovalReason.Related, Strong),
        new("todos los derechos reservados", RemovalReason.Legal, Strong),
        new("política de privacidad", RemovalReason.Legal, Strong),

        // Italian.
        new("fai una donazione", RemovalReason.Donation, Strong),
        new("sostienici", RemovalReason.Donation, Strong),
        new("abbonati", RemovalReason.Newsletter, Strong),
        new("iscriviti", RemovalReason.Newsletter, Strong),
        new("lascia un commento", RemovalReason.Comments, Strong),
        new("commenti", RemovalReason.Comments, Weak),
        new("condividi", RemovalReason.Share, Weak),
        new("seguici", RemovalReason.Share, Strong),
        new("pubblicità", RemovalReason.Advertisement, Strong),
        new("leggi anche", RemovalReason.Related, Strong),
        new("potrebbe interessarti", RemovalReason.Related, Strong),
        new("articoli correlati", RemovalReason.Related, Strong),
        new("tutti i diritti riservati", RemovalReason.Legal, Strong),

        // Portuguese.
        new("faça uma doação", RemovalReason.Donation, Strong),
        new("apoie", RemovalReason.Donation, Weak),
        new("assine", RemovalReason.Newsletter, Strong),
        new("inscreva-se", RemovalReason.Newsletter, Strong),
        new("deixe um comentário", RemovalReason.Comments, Strong),
        new("comentários", RemovalReason.Comments, Weak),
        new("compartilhe", RemovalReason.Share, Weak),
        new("siga-nos", RemovalReason.Share, Strong),
        new("publicidade", RemovalReason.Advertisement, Strong),
        new("leia também", RemovalReason.Related, Strong),
        new("leia mais", RemovalReason.Navigation, Strong),
        new("todos os direitos reservados", RemovalReason.Legal, Strong),

        // Dutch.
        new("doneer", RemovalReason.Donation, Strong),
        new("steun ons", RemovalReason.Donation, Strong),
        new("abonneer", RemovalReason.Newsletter, Strong),
        new("schrijf je in", RemovalReason.Newsletter, Strong),
        new("reacties", RemovalReason.Comments, Weak),
        new("plaats een reactie", RemovalReason.Comments, Strong),
        new("delen", RemovalReason.Share, Weak),
        new("volg ons", RemovalReason.Share, Strong),
        new("advertentie", RemovalReason.Advertisement, Strong),
        new("lees ook", RemovalReason.Related, Strong),
        new("lees meer", RemovalReason.Navigation, Strong),
        new("alle rechten voorbehouden", RemovalReason.Legal, Strong),
    ];

    /// <summary>Lower-case markers of a photo caption or credit line.</summary>
    public static readonly string[] CaptionMarkers =
    [
        "foto:", "fotos:", "bild:", "bilder:", "titelbild:", "beitragsbild:", "bildquelle:", "fotocredit:", "abbildung:",
        "crédit photo", "crédits photo", "crédits photos", "photo :", "crédit :", "fuente:", "créditos:", "foto di",
        "foto de", "crediti:", "beeld:",
    ];

    /// <summary>First words of short calls to action and what they sell.</summary>
    public static RemovalReason? CallToActionReason(ReadOnlySpan<char> firstWordLower) => firstWordLower switch
    {
        "spenden" or "spende" or "unterstütze" or "unterstützen" or "soutenez" or "apoya" or "apoie" or "doneer" => RemovalReason.Donation,
        "abonnieren" or "abonniere" or "anmelden" or "registrieren" or "abonnez-vous" or "suscríbete" or "iscriviti"
            or "abbonati" or "assine" or "abonneer" => RemovalReason.Newsletter,
        "teilen" or "teile" or "drucken" or "partager" or "imprimer" or "compartir" or "condividi" or "compartilhe"
            or "delen" => RemovalReason.Share,
        "weiterlesen" or "lesen" or "lies" or "zurück" or "lire" or "leer" or "lee" or "leggi" or "leia"
            or "lees" => RemovalReason.Navigation,
        "kommentieren" or "commenter" or "comentar" or "commenta" => RemovalReason.Comments,
        "akzeptieren" or "ablehnen" or "accepter" or "aceptar" or "accetta" => RemovalReason.Legal,
        _ => null,
    };

    /// <summary>Function words of the six languages; prose has many, page furniture few.</summary>
    public static readonly string[] FunctionWords =
    [
        // German.
        "der", "die", "das", "und", "ist", "nicht", "den", "dem", "mit", "sich", "des", "auf", "für", "ein", "eine",
        "einen", "einem", "einer", "auch", "es", "im", "zu", "von", "wird", "sind", "wurde", "hat", "werden", "aber",
        "nach", "oder", "wie", "bei", "sie", "er", "wir", "ich", "noch", "nur", "schon", "dass", "als", "vom", "zum",
        "zur", "aus", "über", "um", "so", "wenn", "man", "kann",
        // French.
        "le", "la", "les", "et", "des", "est", "un", "une", "du", "que", "qui", "dans", "pour", "pas", "au", "sur",
        "avec", "ce", "il", "elle", "sont", "ont", "été", "mais", "par", "plus", "aux", "ses", "leur", "cette",
        // Spanish.
        "el", "los", "las", "del", "y", "en", "es", "por", "con", "para", "una", "se", "su", "al", "lo", "como",
        "más", "pero", "sus", "fue", "ha", "este", "esta", "está", "también", "son", "entre", "sobre",
        // Italian.
        "il", "di", "che", "è", "per", "della", "sono", "non", "gli", "nel", "alla", "anche", "più", "dei", "delle",
        // Portuguese.
        "os", "do", "da", "dos", "das", "em", "no", "na", "não", "um", "com", "uma", "ao", "foi", "seu", "sua", "pelo",
        // Dutch.
        "het", "een", "en", "van", "dat", "op", "te", "niet", "zijn", "voor", "met", "ook", "aan", "er", "maar",
        "bij", "worden", "werd", "deze", "naar", "wordt", "heeft",
    ];

    /// <summary>Pronouns of direct address that are not also third-person pronouns (German "Sie" is both).</summary>
    public static readonly string[] AddressWords =
    [
        "du", "dein", "deine", "dich", "dir", "euch", "euer", "unser", "unsere", "uns", "vous", "votre", "vos", "nous",
        "notre", "nos", "tu", "tus", "usted", "ustedes", "nuestro", "nuestra", "vostro", "vostra", "nostro", "nostra",
        "você", "vocês", "jouw", "jullie", "onze",
    ];
}
