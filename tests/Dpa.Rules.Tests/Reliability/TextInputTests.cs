using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>A .NET string can hold what no UTF-8 document can (an unpaired surrogate): <see cref="AgreementJson.Parse"/> must
/// reject it where it is, not replace it silently with U+FFFD.</summary>
public sealed class TextInputTests
{
    private const string Head = "{\n  \"formatVersion\": 1,\n  \"document\": {\n    \"status\": \"draft\",\n    \"title\": \"Verwerker";

    private const string Tail = " B.V.\"\n  },\n  \"parties\": { \"processor\": {} }\n}\n";

    // Code units, not strings: attribute arguments are stored as UTF-8, which would turn the surrogates into U+FFFD already.
    public static TheoryData<int, string> Unpaired => new() { { 0xD800, "" }, { 0xDC00, "" }, { 0xDBFF, "!" } };

    [Theory]
    [MemberData(nameof(Unpaired))]
    public void UnpairedSurrogateInAValue_IsAnErrorAtItsPath_NotAReplacementCharacter(int codeUnit, string after)
    {
        var bad = (char)codeUnit + after;
        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse(Head + bad + Tail));

        Assert.Equal(("$.document.title", 5L), (ex.Path, ex.LineNumber));
        Assert.Contains("unpaired UTF-16 surrogate", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnpairedSurrogateOutsideAString_IsAnErrorAtItsPlace()
    {
        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse("{\n  \"formatVersion\": 1,\n  \uD800\"document\": {}\n}"));

        Assert.Equal(3L, ex.LineNumber);
        Assert.Contains("unpaired UTF-16 surrogate", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PairedSurrogates_AreText()
    {
        var agreement = AgreementJson.Parse(Head + " \U0001F642" + Tail);

        Assert.Equal("Verwerker \U0001F642 B.V.", agreement.Document.Title!.Text);
    }

    [Theory]
    [MemberData(nameof(Unpaired))]
    public void TextWithAnUnpairedSurrogate_IsNotAText_SoSavingNeverReplacesIt(int codeUnit, string after)
    {
        var bad = (char)codeUnit + after;
        // Found by probing: the model took the text and saving wrote U+FFFD in its place, silently.
        Assert.Throws<ArgumentException>(() => TextValue.Stated("Verwerker" + bad));
        Assert.Throws<ArgumentException>(() => TextValue.Placeholder("[" + bad + "]"));
        Assert.Equal("Verwerker \U0001F642", TextValue.Stated("Verwerker \U0001F642").Text);
    }
}
