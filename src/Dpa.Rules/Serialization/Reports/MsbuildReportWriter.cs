using System.Globalization;
using System.Text;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Writes one line per active finding in the canonical shape of MSBuild and Roslyn diagnostics,
/// <c>file(line,column): error DPA4002: message</c>, which CI problem matchers and editors read; a file that does not load is
/// <c>file(line,column): error: …</c>, one that cannot be read <c>file: error: …</c>. Suppressed findings are left out.</summary>
/// <remarks><para>Line and column are those of the JSON member the finding's path names (its nearest ancestor when the member is
/// not stated); columns count UTF-16 code units from 1. The severity keywords are always English (<c>error</c>,
/// <c>warning</c>, <c>info</c>): tools match them; the message is in the validation's culture.</para></remarks>
internal sealed class MsbuildReportWriter(ReportSession session) : ReportFormatter(session)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public override void Begin(ReportSink sink)
    {
    }

    public override byte[] Render(FileSection file)
    {
        var text = new StringBuilder();
        var name = OneLine(file.File);
        switch (file.Result)
        {
            case { LoadError: { } error }:
                text.Append(CultureInfo.InvariantCulture, $"{name}({Math.Max(1, error.LineNumber)},{error.BytePositionInLine + 1}): error: {OneLine(error.Reason)} (at {OneLine(error.Path)})\n");
                break;
            case { ReadError: { } reason }:
                text.Append(CultureInfo.InvariantCulture, $"{name}: error: {OneLine(reason)}\n");
                break;
        }

        foreach (var item in file.Findings)
        {
            var finding = item.Finding;
            if (finding.IsSuppressed)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"{name}({item.Line},{item.Column}): {ReportSession.SeverityName(finding.Severity)} {finding.RuleId}: {OneLine(finding.Message)}\n");
        }

        return Utf8.GetBytes(text.ToString());
    }

    public override void Append(ReportSink sink, byte[] section) => sink.Write(section);

    public override void End(ReportSink sink, IReadOnlyList<FileSummary> files, Counts totals)
    {
    }

    // One finding is one line: a line break or control character from a name in the agreement would start a false one.
    private static string OneLine(string value) =>
        value.Any(char.IsControl) ? string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c)) : value;
}
