using System.Runtime.InteropServices;

namespace Dpa.Rules.Cli;

/// <summary>What a path names: a regular file, a directory, a link, or one of the special files of Unix (a pipe, a device, a
/// socket), which the tool reads (a pipe) or refuses (a device) but never writes over.</summary>
internal enum FileKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link (only from <see cref="FileKinds.OfEntry"/>, which does not follow it).</summary>
    SymbolicLink,

    /// <summary>A named pipe (FIFO), also what process substitution and <c>/dev/stdin</c> in a pipeline name.</summary>
    Pipe,

    /// <summary>A character device such as <c>/dev/null</c>, <c>/dev/zero</c> or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}

/// <summary>Finds the <see cref="FileKind"/> of a path.</summary>
/// <remarks><para>.NET has no public API for the type of a file on Unix; this asks <c>stat</c>/<c>lstat</c> through the runtime's
/// own native shim (<c>libSystem.Native</c>, which every .NET installation on Unix carries and whose file-status structure is the
/// same on Linux and macOS). Where that is not available, or on Windows, it falls back to what <see cref="File"/> and
/// <see cref="Directory"/> tell: a regular file, a directory or a link.</para></remarks>
internal static partial class FileKinds
{
    // The portable mode bits of libSystem.Native (pal_io.h), the same as Linux's.
    private const int TypeMask = 0xF000;

    /// <summary>Gets what <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path) => Get(path, followLinks: true);

    /// <summary>Gets what the directory entry <paramref name="path"/> is, without following a symbolic link.</summary>
    public static FileKind OfEntry(string path) => Get(path, followLinks: false);

    /// <summary>Describes a kind for a message: "a character device (such as /dev/null)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a directory",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device (such as /dev/null or a terminal)",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    private static FileKind Get(string path, bool followLinks)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var status = new FileStatus();
                var result = followLinks ? Stat(path, ref status) : LStat(path, ref status);
                if (result != 0)
                {
                    return File.Exists(path) || Directory.Exists(path) ? FileKind.Regular : FileKind.Missing;
                }

                return (status.Mode & TypeMask) switch
                {
                    0x1000 => FileKind.Pipe,
                    0x2000 => FileKind.CharacterDevice,
                    0x4000 => FileKind.Directory,
                    0x6000 => FileKind.BlockDevice,
                    0xA000 => FileKind.SymbolicLink,
                    0xC000 => FileKind.Socket,
                    _ => FileKind.Regular,
                };
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not the runtime this was written against: the managed view below.
            }
        }

        if (!followLinks && new FileInfo(path) is { Exists: true, LinkTarget: not null })
        {
            return FileKind.SymbolicLink;
        }

        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref FileStatus status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, ref FileStatus status);

    // libSystem.Native's FileStatus (pal_io.h): Flags, then Mode; the rest is room for the fields after them (and any added later).
    [StructLayout(LayoutKind.Sequential)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public Padding Rest;
    }

    [System.Runtime.CompilerServices.InlineArray(48)]
    private struct Padding
    {
        private long _element;
    }
}
