using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Serialization.Reports;

namespace Dpa.Rules.Cli;

/// <summary>Loads agreement files named on the command line, turning every problem into one message for stderr.</summary>
/// <remarks><para>A path is read as a stream, whatever it is — a regular file, a pipe, process substitution, <c>/dev/stdin</c>,
/// or <c>-</c> for standard input — and only up to a bound just above the format's 16 MiB limit, so that a huge or endless input
/// costs no more than that. A device (<c>/dev/zero</c>), a socket or a directory is named for what it is.</para></remarks>
internal static class AgreementInput
{
    /// <summary>The name that stands for standard input on the command line and in reports.</summary>
    public const string StandardInput = "-";

    // The format's 16 MiB limit, its byte-order mark, and one byte more: enough for the library to say "larger than the limit".
    private const int ReadLimit = (16 * 1024 * 1024) + 3 + 1;

    /// <summary>Loads <paramref name="path"/>; on failure writes why to the context's error writer (file, line and JSON path
    /// where there is one) and returns <see langword="null"/>.</summary>
    public static ProcessingAgreement? TryLoad(string path, CommandContext context) => TryRead(path, context).Agreement;

    /// <summary>Reads and loads <paramref name="path"/> with its line index; on failure writes why to the context's error writer.</summary>
    /// <returns>The agreement and line index; or the format error when the content is not an agreement; or neither when the file
    /// cannot be read at all (missing, a directory, a device, unreadable).</returns>
    public static Loaded TryRead(string path, CommandContext context)
    {
        var error = context.Error;
        byte[] bytes;
        try
        {
            if (path == StandardInput)
            {
                using var input = context.OpenStandardInput();
                bytes = InputStreams.ReadBounded(input, ReadLimit);
            }
            else
            {
                if (Problem(path) is { } problem)
                {
                    error.WriteLine($"{path}: {problem}");
                    return default;
                }

                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
                bytes = InputStreams.ReadBounded(stream, ReadLimit);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error.WriteLine($"{path}: cannot be read: {ex.Message}");
            return default;
        }

        try
        {
            if (bytes.Length == 0)
            {
                throw new AgreementFormatException("The file is empty; expected a JSON agreement.", "$", 1, 0, path);
            }

            return new Loaded(AgreementJson.Load(bytes), AgreementLineIndex.Create(bytes), null);
        }
        catch (AgreementFormatException ex)
        {
            // Loading from bytes does not know the file: name it, so the message reads "file: line L, column C, at $.path: reason".
            var named = ex.FileName is null ? new AgreementFormatException(ex.Reason, ex.Path, ex.LineNumber, ex.BytePositionInLine, path, ex) : ex;
            error.WriteLine(named.Message);
            return new Loaded(null, null, named);
        }
    }

    /// <summary>Says why <paramref name="path"/> cannot be an input file, or returns <see langword="null"/> when it can be read.</summary>
    public static string? Problem(string path) => string.IsNullOrWhiteSpace(path) ? "an empty file name; give an agreement file (JSON)." : FileKinds.Of(path) switch
    {
        FileKind.Missing => "no such file.",
        FileKind.Directory => "is a directory; give an agreement file (JSON), such as examples/002-simplicate.json.",
        FileKind.Regular or FileKind.Pipe => null,
        var kind => $"is {FileKinds.Describe(kind)}, not a file; give an agreement file (JSON), or '-' to read standard input.",
    };

    /// <summary>The outcome of reading one file.</summary>
    internal readonly record struct Loaded(ProcessingAgreement? Agreement, AgreementLineIndex? Lines, AgreementFormatException? Error);
}
