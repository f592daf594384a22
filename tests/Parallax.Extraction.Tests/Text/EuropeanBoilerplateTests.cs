using Parallax.Core.Articles;
using Parallax.Extraction.Text;

namespace Parallax.Extraction.Tests.Text;

public sealed class EuropeanBoilerplateTests
{
    [Fact]
    public void German_related_links_and_subscription_calls_are_removed_and_the_article_stays()
    {
        const string text = """
            Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, nach einer langen Debatte über die Kosten der Schulen.

            Die Opposition stimmte dagegen und kritisierte vor allem die geplanten Kürzungen bei den Bibliotheken und den Schwimmbädern.

            Das könnte Sie auch interessieren

            Jetzt abonnieren und keine Ausgabe mehr verpassen!
            """;

        var cleaned = TextCleaner.Clean(text, "Stadtrat beschließt Haushalt");

        Assert.Equal(2, cleaned.Body.Length);
        Assert.Contains(cleaned.Removed, block => block.Text.StartsWith("Das könnte", StringComparison.Ordinal) && block.Reason == RemovalReason.Related);
        Assert.Contains(cleaned.Removed, block => block.Text.StartsWith("Jetzt abonnieren", StringComparison.Ordinal) && block.Reason == RemovalReason.Newsletter);
    }

    [Theory]
    [InlineData("Lire aussi", RemovalReason.Related)]
    [InlineData("Suscríbete a nuestro boletín", RemovalReason.Newsletter)]
    [InlineData("Leggi anche", RemovalReason.Related)]
    [InlineData("Tous droits réservés", RemovalReason.Legal)]
    public void Furniture_labels_in_other_languages_are_removed_for_what_they_are(string label, RemovalReason reason)
    {
        var text = $"""
            The city council approved next year's budget on Tuesday night after a long debate about the cost of its schools.

            {label}
            """;

        var cleaned = TextCleaner.Clean(text, "Council passes budget");

        Assert.Contains(cleaned.Removed, block => block.Text == label && block.Reason == reason);
    }

    [Fact]
    public void A_long_german_line_without_a_full_stop_is_prose_by_its_function_words()
    {
        const string text = """
            Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, nach einer langen Debatte über die Kosten.

            Die Opposition stimmte dagegen und kritisierte vor allem die Kürzungen bei den Bibliotheken und den Schwimmbädern der Stadt

            Der Bürgermeister sagte, die Stadt müsse sparen, weil die Einnahmen aus der Gewerbesteuer im vergangenen Jahr gesunken seien.
            """;

        var cleaned = TextCleaner.Clean(text, "Stadtrat beschließt Haushalt");

        Assert.Equal(3, cleaned.Body.Length);
    }
}
