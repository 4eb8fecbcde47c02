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

    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/> atomically: a temporary file in the same directory,
    /// then a rename, so that readers never see a half-written report and a failure leaves the old file as it was.</summary>
    /// <remarks><para>Only a new path or an existing regular file is written: a rename would replace a device node, a named pipe
    /// or a symbolic link with a regular file (as root, <c>--output /dev/null</c> would replace the system's), so those are refused.
    /// A replaced report keeps the permissions of the file it replaces: a report readable only by its owner stays so.</para></remarks>
    /// <returns><see langword="null"/> on success, else a message for stderr.</returns>
    public static string? TryWriteFileAtomically(string path, string content)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return $"Cannot write --output '{path}': give a file name.";
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"Cannot write --output '{path}': not a valid file name.";
        }

        var kind = FileKinds.OfEntry(full);
        if (kind == FileKind.Directory || (kind == FileKind.SymbolicLink && Directory.Exists(full)))
        {
            return $"Cannot write --output '{path}': it is a directory; give a file name.";
        }

        if (kind is not (FileKind.Missing or FileKind.Regular))
        {
            return $"Cannot write --output '{path}': it is {FileKinds.Describe(kind)}, not a regular file; the report is written only to a new file or over a regular one.";
        }

        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
        {
            return $"Cannot write --output '{path}': the directory '{directory}' does not exist.";
        }

        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            // Created with the old report's mode, so that its content is never readable by more people than before.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            UnixFileMode? mode = kind == FileKind.Regular && !OperatingSystem.IsWindows() ? File.GetUnixFileMode(full) : null;
            if (mode is { } createMode && !OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = createMode;
            }

            using (var writer = new StreamWriter(temporary, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
            {
                writer.Write(content);
            }

            if (mode is { } oldMode && !OperatingSystem.IsWindows())
            {
                // The umask may have taken bits off the create mode: set it exactly.
                File.SetUnixFileMode(temporary, oldMode);
            }

            File.Move(temporary, full, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return $"Cannot write --output '{path}': {ex.Message}";
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The temporary file may never have been created; nothing else to clean up.
        }
    }
}
