using System.Text;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>One test per class of bad input: each names the exact JSON path, the 1-based line and a plain-English reason.</summary>
public sealed class AgreementJsonErrorTests
{
    // Line 5 onwards is the member under test.
    private static string Agreement(string members) =>
        "{\n  \"formatVersion\": 1,\n  \"document\": { \"status\": \"executed\" },\n  \"parties\": { \"processor\": { \"name\": \"P\" } },\n"
        + members + "\n}";

    // Line 5 onwards is the document member under test; each must end with a comma.
    private static string Document(string members) =>
        "{\n  \"formatVersion\": 1,\n  \"parties\": { \"processor\": { \"name\": \"P\" } },\n  \"document\": {\n"
        + members + "\n    \"status\": \"executed\"\n  }\n}";

    private static AgreementFormatException Fails(string json) => Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse(json));

    private static void AssertError(AgreementFormatException ex, string path, long line, string reason)
    {
        Assert.Equal(path, ex.Path);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedJson_NamesTheOpenObject()
    {
        var ex = Fails("{\n  \"formatVersion\": 1,\n  \"document\": {\n    \"status\": \"executed\"");

        AssertError(ex, "$.document", 4, "ends before the document is complete");
    }

    [Fact]
    public void TruncatedString_IsTruncation()
    {
        var ex = Fails("{\n  \"formatVersion\": 1,\n  \"document\": {\n    \"status\": \"exec");

        AssertError(ex, "$.document.status", 4, "ends before the document is complete");
    }

    [Fact]
    public void MalformedJson_SaysItIsMalformed()
    {
        var ex = Fails(Agreement("  \"transfers\": [ , ]"));

        AssertError(ex, "$.transfers", 5, "The JSON is malformed");
    }

    [Fact]
    public void WrongType_InADocumentMember()
    {
        var ex = Fails(Document("    \"prevailsOverMainAgreement\": \"yes\","));

        AssertError(ex, "$.document.prevailsOverMainAgreement", 5, "Expected true or false.");
    }

    [Fact]
    public void WrongType_DeepInAnArray()
    {
        var ex = Fails(Agreement("  \"subProcessing\": {\n    \"subProcessors\": [\n      { \"name\": \"A\" },\n      { \"name\": \"B\", \"locations\": [ 5 ] }\n    ]\n  }"));

        AssertError(ex, "$.subProcessing.subProcessors[1].locations[0]", 8, "country code");
        const string Line8 = "      { \"name\": \"B\", \"locations\": [ 5 ] }";
        Assert.Equal(Line8.IndexOf("[ 5", StringComparison.Ordinal) + 3, ex.BytePositionInLine);
    }

    [Fact]
    public void WrongType_ObjectExpected()
    {
        var ex = Fails(Agreement("  \"security\": [ ]"));

        AssertError(ex, "$.security", 5, "Expected an object.");
    }

    [Fact]
    public void UnknownProperty_InASection()
    {
        var ex = Fails(Agreement("  \"security\": {\n    \"art32Obligation\": true,\n    \"firewall\": true\n  }"));

        AssertError(ex, "$.security.firewall", 7, "Unknown property 'firewall'.");
    }

    [Fact]
    public void UnknownProperty_WithALongName_IsShortenedInTheReason()
    {
        var name = new string('q', 500);
        var ex = Fails(Agreement("  \"security\": { \"" + name + "\": 1 }"));

        AssertError(ex, "$.security." + name, 5, "Unknown property '" + new string('q', 80) + "…'.");
        Assert.True(ex.Reason.Length < 120);
    }

    [Fact]
    public void UnknownProperty_InTheDocument()
    {
        var ex = Fails(Document("    \"titel\": \"Verwerkersovereenkomst\","));

        AssertError(ex, "$.document.titel", 5, "Unknown property 'titel'.");
    }

    [Fact]
    public void MissingRequiredMember_OfTheDocument()
    {
        var ex = Fails("{\n  \"formatVersion\": 1,\n  \"parties\": { \"processor\": { } },\n  \"document\": {\n    \"title\": \"T\"\n  }\n}");

        AssertError(ex, "$.document", 6, "The required property 'status' is missing.");
    }

    [Fact]
    public void MissingRequiredMember_InAnArrayElement()
    {
        var ex = Fails(Agreement("  \"security\": {\n    \"measures\": [\n      { \"kind\": \"encryption\" }\n    ]\n  }"));

        AssertError(ex, "$.security.measures[0]", 7, "The required property 'description' is missing.");
    }

    [Fact]
    public void MissingSection_ThatIsRequired()
    {
        var ex = Fails("{\n  \"formatVersion\": 1,\n  \"document\": { \"status\": \"draft\" }\n}");

        AssertError(ex, "$", 4, "The required property 'parties' is missing.");
    }

    [Fact]
    public void NullForANonNullableSection()
    {
        var ex = Fails(Agreement("  \"processing\": null"));

        AssertError(ex, "$.processing", 5, "must not be null");
    }

    [Fact]
    public void NullForARequiredText()
    {
        var ex = Fails(Agreement("  \"subProcessing\": {\n    \"subProcessors\": [ { \"name\": null } ]\n  }"));

        AssertError(ex, "$.subProcessing.subProcessors[0].name", 6, "must not be null");
    }

    [Fact]
    public void UnknownEnumValue_ListsTheNames()
    {
        var ex = Fails("{\n  \"formatVersion\": 1,\n  \"parties\": { \"processor\": { } },\n  \"document\": {\n    \"status\": \"signed\"\n  }\n}");

        AssertError(ex, "$.document.status", 5, "Expected one of: 'template', 'draft', 'executed'.");
    }

    [Fact]
    public void EnumAsNumber_IsRejected()
    {
        var ex = Fails(Agreement("  \"breach\": { \"promptness\": 2 }"));

        AssertError(ex, "$.breach.promptness", 5, "Expected one of: 'immediately',");
    }

    [Fact]
    public void CountingConvention_UsesItsSourceNames()
    {
        var ex = Fails(Document("    \"countingConvention\": \"eu118271\","));

        AssertError(ex, "$.document.countingConvention", 5, "'contract', 'eu-1182-71', 'nl-atw'");
    }

    [Fact]
    public void ImpossibleDate()
    {
        var ex = Fails(Document("    \"dateSigned\": \"2025-02-30\","));

        AssertError(ex, "$.document.dateSigned", 5, "February 2025 has no day 30");
    }

    [Fact]
    public void DateWithATime_IsNotADate()
    {
        var ex = Fails(Document("    \"dateSigned\": \"2025-09-04T10:00\","));

        AssertError(ex, "$.document.dateSigned", 5, "Not a valid date");
    }

    [Fact]
    public void MixedPeriod()
    {
        var ex = Fails(Agreement("  \"breach\": { \"deadline\": \"P1M2D\" }"));

        AssertError(ex, "$.breach.deadline", 5, "single unit");
    }

    [Fact]
    public void NegativePeriod()
    {
        var ex = Fails(Agreement("  \"amendments\": {\n    \"noticePeriod\": \"P-1M\"\n  }"));

        AssertError(ex, "$.amendments.noticePeriod", 6, "must not be negative");
    }

    [Fact]
    public void PeriodInMinutes()
    {
        var ex = Fails(Agreement("  \"breach\": { \"deadline\": \"PT30M\" }"));

        AssertError(ex, "$.breach.deadline", 5, "whole hours");
    }

    [Fact]
    public void UnknownTimeZone()
    {
        var ex = Fails(Document("    \"timeZone\": \"Europe/Amsterdm\","));

        AssertError(ex, "$.document.timeZone", 5, "Unknown time-zone id");
    }

    [Fact]
    public void ExcessiveDepth()
    {
        var nested = new string('[', 70) + new string(']', 70);
        var ex = Fails(Agreement("  \"transfers\": " + nested));

        var expectedPath = "$.transfers" + string.Concat(Enumerable.Repeat("[0]", 63));
        AssertError(ex, expectedPath, 5, "nested more than 64 levels");
    }

    [Fact]
    public void HugeString()
    {
        var ex = Fails(Document("    \"title\": \"" + new string('x', 1024 * 1024 + 1) + "\","));

        AssertError(ex, "$.document.title", 5, "longer than the limit of 1024 KiB");
    }

    [Fact]
    public void HugeDocument()
    {
        var bytes = Encoding.UTF8.GetBytes(Agreement("  \"transfers\": []" + new string(' ', 16 * 1024 * 1024)));

        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.Load(new MemoryStream(bytes)));

        AssertError(ex, "$", 1, "larger than the limit of 16 MiB");
    }

    [Fact]
    public void InvalidUtf8()
    {
        var json = Encoding.UTF8.GetBytes(Document("    \"title\": \"caf##\","));
        var bad = Array.IndexOf(json, (byte)'#');
        json[bad] = 0xC3;
        json[bad + 1] = 0x28;

        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.Load(json));

        AssertError(ex, "$.document.title", 5, "not valid UTF-8");
    }

    [Fact]
    public void DuplicateProperty()
    {
        var ex = Fails(Document("    \"status\": \"draft\","));

        AssertError(ex, "$.document.status", 6, "The property 'status' appears more than once");
    }

    [Fact]
    public void TrailingContent()
    {
        var ex = Fails(Agreement("  \"transfers\": []") + "\n{ }");

        AssertError(ex, "$", 7, "more content after the end");
    }

    [Fact]
    public void RootIsNotAnObject()
    {
        var ex = Fails("[\n]");

        AssertError(ex, "$", 1, "must be a JSON object");
    }

    [Fact]
    public void EmptyDocument()
    {
        var ex = Fails(" \n ");

        AssertError(ex, "$", 1, "The document is empty.");
    }

    [Fact]
    public void UnsupportedFormatVersion()
    {
        var ex = Fails("{\n  \"formatVersion\": 2,\n  \"document\": { \"status\": \"executed\", \"newThing\": 1 }\n}");

        AssertError(ex, "$.formatVersion", 2, "Format version 2 is not supported");
    }

    [Fact]
    public void FormatVersionAsAString()
    {
        var ex = Fails("{\n  \"formatVersion\": \"1\"\n}");

        AssertError(ex, "$.formatVersion", 2, "Expected 'formatVersion' as a whole number.");
    }

    [Fact]
    public void SchemaThatIsNotAString()
    {
        var ex = Fails(Agreement("  \"$schema\": 5"));

        AssertError(ex, "$['$schema']", 5, "Expected '$schema' as a string");
    }

    [Fact]
    public void Comments_AreNotJson()
    {
        var ex = Fails(Agreement("  // a comment\n  \"transfers\": []"));

        AssertError(ex, "$", 5, "The JSON is malformed: comments are not allowed in JSON.");
    }

    [Fact]
    public void TrailingCommas_AreNotJson()
    {
        var ex = Fails(Agreement("  \"transfers\": [ ],\n"));

        AssertError(ex, "$", 7, "The JSON is malformed: a comma must not follow the last member");
    }

    [Fact]
    public void MissingFormatVersion()
    {
        var ex = Fails("{\n  \"document\": { \"status\": \"executed\" },\n  \"parties\": { \"processor\": { } }\n}");

        AssertError(ex, "$", 4, "The required property 'formatVersion' is missing.");
    }

    [Fact]
    public void ModelInvariant_NullElement_NamesTheIndex()
    {
        var ex = Fails(Agreement("  \"processing\": {\n    \"purposes\": [ \"planning\", null ]\n  }"));

        AssertError(ex, "$.processing.purposes[1]", 6, "must not be null");
    }

    [Fact]
    public void ModelInvariant_NegativeCount()
    {
        var ex = Fails(Agreement("  \"endOfProcessing\": {\n    \"backups\": {\n      \"tiers\": [ { \"frequency\": \"daily\", \"count\": -1 } ]\n    }\n  }"));

        AssertError(ex, "$.endOfProcessing.backups.tiers[0].count", 7, "must not be negative");
    }

    [Fact]
    public void ModelInvariant_BlankStatedText()
    {
        var ex = Fails(Document("    \"title\": \"  \","));

        AssertError(ex, "$.document.title", 5, "write { \"placeholder\": \"\" } for a blank field");
    }

    [Fact]
    public void ModelInvariant_NegativeMoney()
    {
        var ex = Fails(Agreement("  \"liability\": {\n    \"cap\": { \"maximum\": { \"amount\": -5, \"currency\": \"EUR\" } }\n  }"));

        AssertError(ex, "$.liability.cap.maximum.amount", 6, "An amount must not be negative.");
    }

    [Fact]
    public void PlaceholderObject_WithAnUnknownMember()
    {
        var ex = Fails(Document("    \"title\": { \"placeholder\": \"[TITEL]\", \"hint\": \"x\" },"));

        AssertError(ex, "$.document.title.hint", 5, "Unknown property 'hint'");
    }

    [Fact]
    public void FileErrors_NameTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "dpa-rules-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, Document("    \"dateSigned\": \"2025-13-01\","));
        try
        {
            var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.LoadFile(path));

            Assert.Equal(path, ex.FileName);
            Assert.StartsWith(path + ": line 5, column ", ex.Message, StringComparison.Ordinal);
            Assert.Contains("at $.document.dateSigned: Not a valid date", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingFile_IsAnIoError()
    {
        Assert.Throws<FileNotFoundException>(() => AgreementJson.LoadFile(Path.Combine(Path.GetTempPath(), "dpa-rules-missing-" + Guid.NewGuid().ToString("N") + ".json")));
    }
}
