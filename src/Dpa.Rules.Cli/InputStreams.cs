namespace Dpa.Rules.Cli;

/// <summary>Reads input streams of any kind — files, pipes, terminals — up to a bound, so that no input costs more memory than
/// the format it must hold allows.</summary>
internal static class InputStreams
{
    /// <summary>Reads <paramref name="stream"/> to its end or until <paramref name="limit"/> bytes are read, whichever comes
    /// first; a result of <paramref name="limit"/> bytes means there may be more.</summary>
    public static byte[] ReadBounded(Stream stream, int limit)
    {
        // A regular file says how long it is: one buffer of the right size. A pipe or device does not (or says 0): grow.
        var expected = stream.CanSeek ? Math.Min(Math.Max(stream.Length - stream.Position, 0), limit) : 0;
        var buffer = new byte[expected > 0 ? expected : Math.Min(limit, 64 * 1024)];
        var length = 0;
        while (length < limit)
        {
            if (length == buffer.Length)
            {
                // Full: a file of exactly its stated length ends here, so look for one more byte before growing.
                var next = stream.ReadByte();
                if (next < 0)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, (long)buffer.Length * 2));
                buffer[length++] = (byte)next;
                continue;
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return length == buffer.Length ? buffer : buffer[..length];
    }
}
