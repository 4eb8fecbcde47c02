using System.Buffers;
using System.Text.Json;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>A JSON format written as one document over many appends: one <see cref="Utf8JsonWriter"/> for the whole document,
/// and the items of one array (the findings, the results) rendered per file as an indented fragment at the array's depth.</summary>
/// <remarks><para>A file's fragment is rendered inside a stand-in of the enclosing objects and arrays, so its indentation and
/// commas are exactly what the writer would produce, and is written with <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>,
/// which adds the comma before it. The output is the same bytes as one writer writing every item itself.</para></remarks>
internal abstract class JsonSectionedFormatter(ReportSession session) : ReportFormatter(session)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter? _json;

    protected Utf8JsonWriter Json => _json ??= new Utf8JsonWriter(_buffer, ReportJson.WriterOptions);

    public sealed override void Append(ReportSink sink, byte[] section)
    {
        if (section.Length > 0)
        {
            Json.WriteRawValue(section, skipInputValidation: true);
        }

        Drain(sink);
    }

    // Each thread renders into a buffer of its own, kept from file to file: a file's fragment (about 1 KB a finding) would
    // otherwise grow a new buffer by doubling, for every file. A buffer grown past the limit by a large file is not kept.
    private const int KeptFragmentBytes = 1024 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_fragment;

    public sealed override byte[] Render(FileSection file)
    {
        if (file.Findings.IsEmpty)
        {
            return [];
        }

        var buffer = t_fragment ?? new ArrayBufferWriter<byte>(64 * 1024);
        t_fragment = null;
        buffer.ResetWrittenCount();
        byte[] fragment;
        using (var json = new Utf8JsonWriter(buffer, ReportJson.WriterOptions))
        {
            OpenStandIn(json);
            json.Flush();
            var start = buffer.WrittenCount;
            foreach (var item in file.Findings)
            {
                WriteItem(json, file, item);
            }

            json.Flush();
            fragment = buffer.WrittenSpan[start..].ToArray();
        }

        if (buffer.Capacity <= KeptFragmentBytes)
        {
            t_fragment = buffer;
        }

        return fragment;
    }

    /// <summary>Opens the objects and arrays that enclose the items (without writing any item), as the document does.</summary>
    protected abstract void OpenStandIn(Utf8JsonWriter json);

    /// <summary>Writes one finding as an item of the array.</summary>
    protected abstract void WriteItem(Utf8JsonWriter json, FileSection file, FindingContent item);

    /// <summary>Moves what the writer holds to the sink.</summary>
    protected void Drain(ReportSink sink)
    {
        Json.Flush();
        sink.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    /// <summary>Ends the document: a final newline, everything to the sink.</summary>
    /// <summary>Drains once the pending output passes 64 KB: the closing parts (one entry per file) are written as they are
    /// made, so a report over 100,000 files never holds them all.</summary>
    protected void DrainIfLarge(ReportSink sink)
    {
        if (Json.BytesPending + _buffer.WrittenCount > 64 * 1024)
        {
            Drain(sink);
        }
    }

    protected void Finish(ReportSink sink)
    {
        Json.Flush();
        _buffer.Write("\n"u8);
        sink.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
        _json?.Dispose();
        _json = null;
    }
}
