using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Serialization.Reports;

namespace Dpa.Rules.Cli;

/// <summary>Loads agreement files named on the command line, turning every problem into one message for stderr.</summary>
internal static class AgreementInput
{
    /// <summary>Loads <paramref name="path"/>; on failure writes why to <paramref name="error"/> (file, line and JSON path where
    /// there is one) and returns <see langword="null"/>.</summary>
    public static ProcessingAgreement? TryLoad(string path, TextWriter error) => TryRead(path, error).Agreement;

    /// <summary>Reads and loads <paramref name="path"/> with its line index; on failure writes why to <paramref name="error"/>.</summary>
    /// <returns>The agreement and line index; or the format error when the content is not an agreement; or neither when the file
    /// cannot be read at all (missing, a directory, unreadable).</returns>
    public static Loaded TryRead(string path, TextWriter error)
    {
        if (Directory.Exists(path))
        {
            error.WriteLine($"{path}: is a directory; give an agreement file (JSON), such as examples/002-simplicate.json.");
            return default;
        }

        if (!File.Exists(path))
        {
            error.WriteLine($"{path}: no such file.");
            return default;
        }

        byte[] bytes;
        try
        {
            using var stream = File.OpenRead(path);
            if (stream.Length > LargestFileReadWhole)
            {
                // Far beyond the format's size limit: the library reads only up to its limit and says so, instead of this
                // tool holding the whole file in memory first.
                return Rejected(path, () => AgreementJson.Load(stream), error);
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
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

    /// <summary>The outcome of reading one file.</summary>
    // Twice the format's 16 MiB document limit: only a bound on memory, the limit itself is the library's to check.
    private const long LargestFileReadWhole = 32L * 1024 * 1024;

    private static Loaded Rejected(string path, Func<ProcessingAgreement> load, TextWriter error)
    {
        try
        {
            return new Loaded(load(), AgreementLineIndex.Empty, null);
        }
        catch (AgreementFormatException ex)
        {
            var named = new AgreementFormatException(ex.Reason, ex.Path, ex.LineNumber, ex.BytePositionInLine, path, ex);
            error.WriteLine(named.Message);
            return new Loaded(null, null, named);
        }
    }

    internal readonly record struct Loaded(ProcessingAgreement? Agreement, AgreementLineIndex? Lines, AgreementFormatException? Error);
}
