using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Cli;

/// <summary>Loads agreement files named on the command line, turning every problem into one message for stderr.</summary>
internal static class AgreementInput
{
    /// <summary>Loads <paramref name="path"/>; on failure writes why to <paramref name="error"/> (file, line and JSON path where
    /// there is one) and returns <see langword="null"/>.</summary>
    public static ProcessingAgreement? TryLoad(string path, TextWriter error)
    {
        if (Directory.Exists(path))
        {
            error.WriteLine($"{path}: is a directory; give an agreement file (JSON), such as examples/002-simplicate.json.");
            return null;
        }

        if (!File.Exists(path))
        {
            error.WriteLine($"{path}: no such file.");
            return null;
        }

        try
        {
            if (new FileInfo(path).Length == 0)
            {
                error.WriteLine($"{path}: the file is empty; expected a JSON agreement.");
                return null;
            }

            return AgreementJson.LoadFile(path);
        }
        catch (AgreementFormatException ex)
        {
            // The message is "file: line L, column C, at $.path: reason" and quotes nothing from the document.
            error.WriteLine(ex.Message);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: cannot be read: {ex.Message}");
            return null;
        }
    }
}
