using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dpa.Rules.Cli;

/// <summary>Writes command output: indented JSON, and files that are replaced whole or not at all.</summary>
internal static class CommandOutput
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",

        // Party names and explanations are shown to people: keep 'é' and '€' readable; the output is UTF-8 JSON text, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON value built by <paramref name="write"/>, then a newline.</summary>
    public static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(json);
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    /// <summary>Writes a string array property.</summary>
    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/> (UTF-8) atomically, through an <see cref="AtomicFile"/>:
    /// readers never see a half-written file, a failure leaves the old one as it was, and only a new path or a regular file is
    /// written, keeping its permissions.</summary>
    /// <returns><see langword="null"/> on success, else a message for stderr.</returns>
    public static string? TryWriteFileAtomically(string path, string content)
    {
        using var file = AtomicFile.TryCreate(path, out var problem);
        if (file is null)
        {
            return problem;
        }

        try
        {
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
            file.Stream.Write(bytes);
        }
        catch (IOException ex)
        {
            return $"Cannot write --output '{path}': {ex.Message}";
        }

        return file.Commit(path);
    }
}
