using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Parallax.Core.Annotations;
using Parallax.Core.Text;

namespace Parallax.Language.Time.Evaluation;

/// <summary>
/// Reads TimeML files (TempEval-3's TBAQ and platinum sets): the <c>TEXT</c> element's character data with its
/// TIMEX3 spans, and the creation time from <c>DCT</c>. Other tags (EVENT, SIGNAL) are dropped, their text kept.
/// DTDs are refused, as everywhere Parallax reads XML.
/// </summary>
public static class TimeMlReader
{
    /// <summary>Every <c>.tml</c> file below <paramref name="folder"/> (or the one file), sorted by path.</summary>
    /// <exception cref="InvalidDataException">A file is not well-formed TimeML (the message names it).</exception>
    public static ImmutableArray<TimeMlDocument> ReadAll(string folder)
    {
        var files = File.Exists(folder)
            ? [folder]
            : Directory.GetFiles(folder, "*.tml", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return [.. files.Select(Read)];
    }

    /// <summary>Reads one TimeML file.</summary>
    /// <exception cref="InvalidDataException">The file is not well-formed TimeML (the message names it).</exception>
    public static TimeMlDocument Read(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return Read(Path.GetFileName(path), stream);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"{path}: not well-formed TimeML ({ex.Message}).", ex);
        }
    }

    /// <summary>Reads one TimeML document from <paramref name="stream"/>.</summary>
    public static TimeMlDocument Read(string name, Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(stream, settings);
        var text = new StringBuilder();
        var timexes = ImmutableArray.CreateBuilder<GoldTimex>();
        DateOnly? creation = null;
        var inText = false;
        var inDct = false;
        (int Start, TimexType Type, string Value)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "TEXT":
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.LocalName == "DCT":
                    inDct = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "DCT":
                    inDct = false;
                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3" && inDct:
                    creation ??= DateOf(reader.GetAttribute("value"));
                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3" && inText && !reader.IsEmptyElement:
                    open = (text.Length, TypeOf(reader.GetAttribute("type"), name), reader.GetAttribute("value") ?? "");
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TIMEX3" && open is { } timex:
                    timexes.Add(new GoldTimex(new TextSpan(timex.Start, text.Length - timex.Start), timex.Type, timex.Value));
                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
            }
        }

        return new TimeMlDocument(name, text.ToString(), creation, timexes.ToImmutable());
    }

    private static DateOnly? DateOf(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static TimexType TypeOf(string? type, string name) => type switch
    {
        "DATE" => TimexType.Date,
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => throw new InvalidDataException($"{name}: TIMEX3 with unknown type '{type}'."),
    };
}
