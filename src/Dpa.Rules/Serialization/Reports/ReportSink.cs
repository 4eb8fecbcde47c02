using System.Text;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Where a report's UTF-8 goes: a stream as it is, or a text writer through one decoder (a character may be split
/// between two writes).</summary>
internal abstract class ReportSink
{
    public static ReportSink Of(Stream stream) => new StreamSink(stream);

    public static ReportSink Of(TextWriter writer) => new TextSink(writer);

    public abstract void Write(ReadOnlySpan<byte> utf8);

    public abstract void Flush();

    private sealed class StreamSink(Stream stream) : ReportSink
    {
        public override void Write(ReadOnlySpan<byte> utf8) => stream.Write(utf8);

        public override void Flush() => stream.Flush();
    }

    private sealed class TextSink(TextWriter writer) : ReportSink
    {
        private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
        private char[] _chars = new char[4096];

        public override void Write(ReadOnlySpan<byte> utf8)
        {
            var needed = _decoder.GetCharCount(utf8, flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[Math.Max(needed, _chars.Length * 2)];
            }

            var count = _decoder.GetChars(utf8, _chars, flush: false);
            writer.Write(_chars, 0, count);
        }

        public override void Flush() => writer.Flush();
    }
}
