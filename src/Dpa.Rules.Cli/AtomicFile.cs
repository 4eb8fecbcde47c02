using System.Globalization;

namespace Dpa.Rules.Cli;

/// <summary>A file written as a stream and replaced whole or not at all: the bytes go to a temporary file in the same directory,
/// renamed over the target on <see cref="Commit"/>; disposed without a commit, the temporary file is deleted and the target is
/// untouched.</summary>
/// <remarks><para>For a report written as it is made, the target is checked and the temporary file created before any work, so
/// an unwritable <c>--output</c> fails at once; <see cref="CommandOutput.TryWriteFileAtomically"/> writes a whole text through it.</para></remarks>
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
    /// <remarks><para>Only a new path or an existing regular file is written: a rename would replace a device node, a named pipe
    /// or a symbolic link with a regular file (as root, <c>--output /dev/null</c> would replace the system's), so those are refused.
    /// A replaced report keeps the permissions of the file it replaces: a report readable only by its owner stays so.</para></remarks>
    public static AtomicFile? TryCreate(string path, out string problem)
    {
        problem = string.Empty;
        if (string.IsNullOrWhiteSpace(path))
        {
            problem = $"Cannot write --output '{path}': give a file name.";
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problem = $"Cannot write --output '{path}': not a valid file name.";
            return null;
        }

        var kind = FileKinds.OfEntry(full);
        if (kind == FileKind.Directory || (kind == FileKind.SymbolicLink && Directory.Exists(full)))
        {
            problem = $"Cannot write --output '{path}': it is a directory; give a file name.";
            return null;
        }

        if (kind is not (FileKind.Missing or FileKind.Regular))
        {
            problem = $"Cannot write --output '{path}': it is {FileKinds.Describe(kind)}, not a regular file; the report is written only to a new file or over a regular one.";
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
            // Created with the old report's mode, so that its content is never readable by more people than before.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 64 * 1024 };
            UnixFileMode? mode = kind == FileKind.Regular && !OperatingSystem.IsWindows() ? File.GetUnixFileMode(full) : null;
            if (mode is { } oldMode && !OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = oldMode;
            }

            var stream = new FileStream(temporary, options);
            if (mode is { } exactMode && !OperatingSystem.IsWindows())
            {
                // The umask may have taken bits off the create mode: set it exactly.
                File.SetUnixFileMode(temporary, exactMode);
            }

            return new AtomicFile(full, temporary, stream);
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
