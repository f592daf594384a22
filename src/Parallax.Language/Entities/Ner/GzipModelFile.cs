using System.IO.Compression;
using System.Text;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Writes and reads the gzip-compressed binary model files Parallax trains (the entity and attribution models): a magic string
/// and a format version, then the model's own content. Every failure to read becomes an
/// <see cref="InvalidDataException"/> naming the model.
/// </summary>
internal static class GzipModelFile
{
    /// <summary>Writes the header, then the content <paramref name="write"/> writes, gzip-compressed.</summary>
    public static void Write(Stream stream, string magic, int version, Action<BinaryWriter> write)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(magic);
        writer.Write(version);
        write(writer);
    }

    /// <summary>Reads a model file: checks the header, then lets <paramref name="read"/> read the content.</summary>
    /// <param name="stream">The compressed model.</param>
    /// <param name="magic">The string the file starts with.</param>
    /// <param name="version">The format version this build reads.</param>
    /// <param name="name">What the model is, for messages ("NER model").</param>
    /// <param name="read">Reads the content after the header.</param>
    public static T Read<T>(Stream stream, string magic, int version, string name, Func<BinaryReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // Inflated in one go: BinaryReader's many small reads straight from a GZipStream take several times longer.
        using var inflated = new MemoryStream();
        using var reader = new BinaryReader(inflated, Encoding.UTF8);
        try
        {
            using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
            {
                gzip.CopyTo(inflated);
            }

            inflated.Position = 0;
            if (reader.ReadString() != magic || reader.ReadInt32() != version)
            {
                throw new InvalidDataException($"Not a Parallax {name} of format version {version}.");
            }

            return read(reader);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"The {name} ends early.", ex);
        }
        catch (IOException ex) when (ex is not EndOfStreamException)
        {
            throw new InvalidDataException($"The {name} cannot be read: " + ex.Message, ex);
        }
    }
}
