using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Tests.Metadata;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("fr_FR", "fr")]
    [InlineData("DE", "de")]
    [InlineData("pt-BR, en", "pt")]
    [InlineData("x-default", null)]
    [InlineData("und", null)]
    [InlineData("English", null)]
    [InlineData("", null)]
    public void Declared_tags_reduce_to_the_primary_subtag(string declared, string? expected) =>
        Assert.Equal(expected, LanguageTags.Primary(declared));

    [Theory]
    [InlineData("en", "The minister said on Monday that the government would not change its plans for the budget, and that the decision had been taken after a long debate with the unions and the employers who were at the talks.")]
    [InlineData("de", "Der Minister sagte am Montag, dass die Regierung ihre Pläne für den Haushalt nicht ändern werde und dass die Entscheidung nach einer langen Debatte mit den Gewerkschaften und den Arbeitgebern gefallen sei, die bei den Gesprächen waren.")]
    [InlineData("fr", "Le ministre a déclaré lundi que le gouvernement ne changerait pas ses projets pour le budget, et que la décision avait été prise après un long débat avec les syndicats et les employeurs qui étaient présents aux discussions.")]
    [InlineData("es", "El ministro dijo el lunes que el gobierno no cambiará sus planes para el presupuesto, y que la decisión fue tomada después de un largo debate con los sindicatos y los empresarios que estaban en las conversaciones.")]
    [InlineData("it", "Il ministro ha detto lunedì che il governo non cambierà i suoi piani per il bilancio, e che la decisione è stata presa dopo un lungo dibattito con i sindacati e gli imprenditori che erano presenti alla riunione della commissione.")]
    [InlineData("pt", "O ministro disse na segunda-feira que o governo não vai mudar os seus planos para o orçamento, e que a decisão foi tomada depois de um longo debate com os sindicatos e os empresários que estavam nas conversas da comissão.")]
    [InlineData("nl", "De minister zei maandag dat de regering haar plannen voor de begroting niet zal veranderen, en dat het besluit is genomen na een lang debat met de vakbonden en de werkgevers die bij de gesprekken aanwezig waren in de stad.")]
    [InlineData("ru", "Министр заявил в понедельник, что правительство не будет менять свои планы по бюджету, и что решение было принято после долгих обсуждений с профсоюзами и работодателями, которые были на переговорах в столице, а также в регионах.")]
    [InlineData("sv", "Ministern sa på måndagen att regeringen inte kommer att ändra sina planer för budgeten, och att beslutet hade fattats efter en lång debatt med facken och arbetsgivarna som också var med vid samtalen i huvudstaden.")]
    [InlineData("no", "Ministeren sa mandag at regjeringen ikke vil endre planene for budsjettet, og at beslutningen ble tatt etter en lang debatt med fagforeningene og arbeidsgiverne som også var med i samtalene. Det blir ikke noen endring, sa hun.")]
    [InlineData("da", "Ministeren sagde mandag, at regeringen ikke vil ændre sine planer for budgettet, og at beslutningen blev truffet efter en lang debat med fagforeningerne og arbejdsgiverne, som også var med i samtalerne. Der bliver ikke nogen ændring, sagde hun.")]
    [InlineData("el", "Ο υπουργός δήλωσε τη Δευτέρα ότι η κυβέρνηση δεν θα αλλάξει τα σχέδιά της για τον προϋπολογισμό μετά από μακρά συζήτηση.")]
    [InlineData("ja", "政府は月曜日、予算の計画を変更しないと発表した。労働組合と経営者との長い議論の後で決定されたという。首相は記者会見でこの方針を改めて説明した。")]
    [InlineData("zh", "政府星期一表示，不会改变预算计划。这个决定是在与工会和雇主进行长时间辩论之后作出的。总理在记者会上再次说明了这一方针。")]
    public void Undeclared_text_is_guessed(string expected, string text) =>
        Assert.Equal(expected, LanguageGuesser.Guess(text));

    [Theory]
    [InlineData("Short text.")]
    [InlineData("Apple Banana Cherry Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu")]
    public void Unsure_guesses_are_null(string text) => Assert.Null(LanguageGuesser.Guess(text));
}
