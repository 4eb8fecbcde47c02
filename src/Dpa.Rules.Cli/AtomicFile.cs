using System.Globalization;

namespace Dpa.Rules.Cli;

/// <summary>A file written as a stream and replaced whole or not at all: the bytes go to a temporary file in the same directory,
/// renamed over the target on <see cref="Commit"/>; disposed without a commit, the temporary file is deleted and the target is
/// untouched.</summary>
/// <remarks><para>The same promise as <see cref="CommandOutput.TryWriteFileAtomically"/>, for a report written as it is made:
/// the target is checked and the temporary file created before any work, so an unwritable <c>--output</c> fails at once.</para></remarks>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    private AtomicFile(string target, string temporary, FileStream stream)
    {
        _target = target;
        _temporary = temporary;
        Stream = stream;
    }

    /// <summary>Gets the stream to write to.</summary>
    public FileStream Stream { get; }

    /// <summary>Creates the temporary file for <paramref name="path"/>; on failure <paramref name="problem"/> says why, for stderr.</summary>
    public static AtomicFile? TryCreate(string path, out string problem)
    {
        problem = string.Empty;
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problem = $"Cannot write --output '{path}': {ex.Message}";
            return null;
        }

        if (Directory.Exists(full))
        {
            problem = $"Cannot write --output '{path}': it is a directory; give a file name.";
            return null;
        }

        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
        {
            problem = $"Cannot write --output '{path}': the directory '{directory}' does not exist.";
            return null;
        }

        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Random.Shared.Next().ToString("x8", CultureInfo.InvariantCulture) + ".tmp");
        try
        {
            return new AtomicFile(full, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"Cannot write --output '{path}': {ex.Message}";
            return null;
        }
    }

    /// <summary>Flushes, closes and renames the temporary file over the target; on failure returns why, for stderr.</summary>
    public string? Commit(string path)
    {
        try
        {
            Stream.Flush(flushToDisk: false);
            Stream.Dispose();
            File.Move(_temporary, _target, overwrite: true);
            _committed = true;
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"Cannot write --output '{path}': {ex.Message}";
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing else to clean up; the target is untouched.
            }
        }
    }
}
