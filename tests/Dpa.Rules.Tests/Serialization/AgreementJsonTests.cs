using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Serialization;

public sealed class AgreementJsonTests
{
    internal const string Minimal = """
        {
          "formatVersion": 1,
          "document": {
            "status": "executed"
          },
          "parties": {
            "processor": {
              "name": "Verwerker B.V."
            }
          }
        }
        """;

    [Fact]
    public void Minimal_Loads_WithDefaults()
    {
        var agreement = AgreementJson.Parse(Minimal);

        Assert.Equal(AgreementStatus.Executed, agreement.Document.Status);
        Assert.Equal("Europe/Amsterdam", agreement.Document.TimeZone.Id);
        Assert.Equal(TextValue.Stated("Verwerker B.V."), agreement.Parties.Processor.Name);
        Assert.Equal(new ProcessingDescription(), agreement.Processing);
        Assert.Equal(new EndOfProcessingTerms(), agreement.EndOfProcessing);
        Assert.True(agreement.Transfers.IsEmpty);
    }

    [Fact]
    public void Minimal_Saves_WithTheZoneMadeExplicit_AndEmptySectionsLeftOut()
    {
        var json = AgreementJson.ToJson(AgreementJson.Parse(Minimal));

        var expected = Minimal.Replace(
            "\"status\": \"executed\"\n",
            "\"status\": \"executed\",\n    \"timeZone\": \"Europe/Amsterdam\"\n",
            StringComparison.Ordinal);
        Assert.Equal(expected + "\n", json);
    }
}
