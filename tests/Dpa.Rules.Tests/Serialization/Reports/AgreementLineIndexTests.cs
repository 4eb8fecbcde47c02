using System.Text;
using Dpa.Rules.Serialization.Reports;

namespace Dpa.Rules.Tests.Serialization.Reports;

public sealed class AgreementLineIndexTests
{
    private static readonly string Planning = ReportFixture.Read(ReportFixture.PlanningFile);
    private static readonly AgreementLineIndex PlanningIndex = AgreementLineIndex.Create(ReportFixture.ReadBytes(ReportFixture.PlanningFile));

    [Fact]
    public void ExampleProperties_MapToTheLineOfTheirName()
    {
        var subProcessing = ReportFixture.LineOf(Planning, "\"subProcessing\": {");
        Assert.Equal(1, PlanningIndex.GetLine("$"));
        Assert.Equal(subProcessing, PlanningIndex.GetLine("$.subProcessing"));
        Assert.Equal(ReportFixture.LineOf(Planning, "\"authorisation\": \"specific\"", subProcessing), PlanningIndex.GetLine("$.subProcessing.authorisation"));
        Assert.Equal(ReportFixture.LineOf(Planning, "\"deadline\": \"PT24H\""), PlanningIndex.GetLine("$.breach.deadline"));
        Assert.Equal(ReportFixture.LineOf(Planning, "\"audits\": {"), PlanningIndex.GetLine("$.audits"));
    }

    [Fact]
    public void Columns_AreThoseOfTheMembersName_InUtf16CodeUnits_OnEveryLineShape()
    {
        var deadline = ReportFixture.LineOf(Planning, "\"deadline\": \"PT24H\"");
        Assert.Equal(Planning.Split('\n')[deadline - 1].IndexOf('"', StringComparison.Ordinal) + 1, PlanningIndex.GetColumn("$.breach.deadline"));
        Assert.Equal(1, PlanningIndex.GetColumn("$"));
        Assert.Equal(1, AgreementLineIndex.Empty.GetColumn("$.breach"));

        // One line, a byte-order mark, a two-byte 'é' and a four-byte '𝄞' (two UTF-16 code units) before the members.
        var oneLine = AgreementLineIndex.Create([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"é\": 1, \"𝄞\": [10, {\"x\": 2}], \"b\": 3}")]);
        Assert.Equal(2, oneLine.GetColumn("$['é']"));
        Assert.Equal(10, oneLine.GetColumn("$['𝄞']"));
        Assert.Equal(17, oneLine.GetColumn("$['𝄞'][0]"));
        Assert.Equal(21, oneLine.GetColumn("$['𝄞'][1]"));
        Assert.Equal(22, oneLine.GetColumn("$['𝄞'][1].x"));
        Assert.Equal(32, oneLine.GetColumn("$.b"));
        Assert.Equal(32, oneLine.GetColumn("$.b.missing"));

        var crLf = AgreementLineIndex.Create(Encoding.UTF8.GetBytes("{\r\n\t\"a\": {\r\n    \"b\": 1 }\r\n}"));
        Assert.Equal((2, 2), (crLf.GetLine("$.a"), crLf.GetColumn("$.a")));
        Assert.Equal((3, 5), (crLf.GetLine("$.a.b"), crLf.GetColumn("$.a.b")));
    }

    [Fact]
    public void ExampleArrayElements_MapToTheLineWhereTheyStart()
    {
        // The example cites clauses per member ("clauses": { "locations": [...], "contacts": [...] }), so the arrays are found
        // after the members that precede them, not by their names alone.
        var subProcessors = ReportFixture.LineOf(Planning, "\"subProcessors\": [");
        var name = ReportFixture.LineOf(Planning, "\"name\": \"SmartDC\"", subProcessors);
        var locations = ReportFixture.LineOf(Planning, "\"locations\": [", name);
        Assert.Equal(subProcessors + 1, PlanningIndex.GetLine("$.subProcessing.subProcessors[0]"));
        Assert.Equal(name, PlanningIndex.GetLine("$.subProcessing.subProcessors[0].name"));
        Assert.Equal(ReportFixture.LineOf(Planning, "\"NL\"", locations + 1), PlanningIndex.GetLine("$.subProcessing.subProcessors[0].locations[0]"));

        var first = ReportFixture.LineOf(Planning, "\"role\": \"breach\"");
        var second = ReportFixture.LineOf(Planning, "},", first) + 1;
        Assert.Equal(second, PlanningIndex.GetLine("$.parties.processor.contacts[1]"));
    }

    [Theory]
    [InlineData("examples/000-planning-nl.json")]
    [InlineData("examples/001-smart-production.json")]
    [InlineData("examples/002-simplicate.json")]
    [InlineData("examples/003-analyst-template.json")]
    [InlineData("examples/004-lets-develop.json")]
    public void EveryIndexedProperty_IsNamedOnItsLine(string file)
    {
        var lines = ReportFixture.Read(file).Split('\n');
        var index = AgreementLineIndex.Create(ReportFixture.ReadBytes(file));

        Assert.True(index.Count > 50, $"{file}: only {index.Count} paths");
        foreach (var (path, line) in index.Entries)
        {
            if (path.EndsWith(']'))
            {
                continue;
            }

            var name = path[(path.LastIndexOf('.') + 1)..];
            Assert.True(name == "$" || lines[line - 1].TrimStart().StartsWith($"\"{name}\":", StringComparison.Ordinal), $"{file}: {path} at line {line}: {lines[line - 1]}");
        }
    }

    [Fact]
    public void MissingProperty_MapsToNearestExistingAncestor()
    {
        Assert.False(PlanningIndex.TryGetLine("$.subProcessing.objectionRight", out _));
        Assert.Equal(ReportFixture.LineOf(Planning, "\"subProcessing\": {"), PlanningIndex.GetLine("$.subProcessing.objectionRight"));
        Assert.Equal(ReportFixture.LineOf(Planning, "\"subProcessors\": [") + 1, PlanningIndex.GetLine("$.subProcessing.subProcessors[0].transfer.mechanism"));
        Assert.Equal(1, PlanningIndex.GetLine("$.noSuchSection[3].value"));
        Assert.Equal(1, AgreementLineIndex.Empty.GetLine("$.breach.deadline"));
    }

    [Fact]
    public void ByteOrderMarkAndCrLf_CountLinesLikeAnEditor()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\r\n  \"a\": [\r\n    1,\r\n    {\r\n      \"b\": true\r\n    }\r\n  ]\r\n}\r\n")).ToArray();
        var index = AgreementLineIndex.Create(bytes);
        Assert.Equal(2, index.GetLine("$.a"));
        Assert.Equal(3, index.GetLine("$.a[0]"));
        Assert.Equal(4, index.GetLine("$.a[1]"));
        Assert.Equal(5, index.GetLine("$.a[1].b"));
    }

    [Fact]
    public void LoneCarriageReturn_EndsALine()
    {
        var index = AgreementLineIndex.Create("{\r\"a\": 1,\r\"b\": 2\r}"u8);
        Assert.Equal(2, index.GetLine("$.a"));
        Assert.Equal(3, index.GetLine("$.b"));
    }

    [Fact]
    public void OddPropertyNames_UseBracketSegments()
    {
        var index = AgreementLineIndex.Create("{\n\"odd name\": {\n\"x\": 1\n}\n}"u8);
        Assert.Equal(2, index.GetLine("$['odd name']"));
        Assert.Equal(3, index.GetLine("$['odd name'].x"));
        Assert.Equal(2, index.GetLine("$['odd name'].missing"));
    }

    [Fact]
    public void MalformedJson_KeepsWhatPrecedesTheError()
    {
        var index = AgreementLineIndex.Create("{\n\"a\": 1,\n\"b\": [\n2,\n"u8);
        Assert.Equal(2, index.GetLine("$.a"));
        Assert.Equal(3, index.GetLine("$.b"));
        Assert.Equal(4, index.GetLine("$.b[0]"));
        Assert.Equal(4, index.Count);
    }

    [Theory]
    [InlineData("$.a.b", "$.a")]
    [InlineData("$.a[12]", "$.a")]
    [InlineData("$.a[1].b", "$.a[1]")]
    [InlineData("$['x.y']", "$")]
    [InlineData("$", "")]
    public void Parent_StripsTheLastSegment(string path, string parent) => Assert.Equal(parent, AgreementLineIndex.Parent(path));
}
