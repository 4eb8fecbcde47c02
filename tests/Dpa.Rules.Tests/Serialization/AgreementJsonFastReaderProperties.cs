using System.Text;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>The one-pass reader against the diagnosing reader on generated and damaged documents.</summary>
public sealed class AgreementJsonFastReaderProperties
{
    private static readonly string[] Insertions =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "-1", "0", "1.5", "1e400", "true", "\"P1M2D\"", "\"\"", " ", "\\u", "\\u0041", "\u00e9",
        "\"x\":1,", "\"title\":\"T\",", "\"status\":\"draft\",", "{\"placeholder\":\"\"}",
    ];

    private static Gen<string> Damaged =>
        from agreement in AgreementGenerators.Agreement
        let json = AgreementJson.ToJson(agreement)
        from position in Gen.Choose(0, json.Length - 1)
        from length in Gen.Choose(1, 12)
        from insertion in Gen.Elements(Insertions)
        from kind in Gen.Choose(0, 3)
        select kind switch
        {
            0 => json.Remove(position, Math.Min(length, json.Length - position)),
            1 => json.Insert(position, insertion),
            2 => json.Remove(position, Math.Min(length, json.Length - position)).Insert(position, insertion),
            _ => DuplicateLine(json, position),
        };

    // Repeats one line: a member twice in the same object, or an array element twice.
    private static string DuplicateLine(string json, int position)
    {
        var start = json.LastIndexOf('\n', position) + 1;
        var end = json.IndexOf('\n', position);
        return end < 0 ? json : json.Insert(start, json[start..(end + 1)]);
    }

    [Property(MaxTest = 200)]
    public Property SavedAgreements_AreReadInOnePass_Exactly() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), agreement =>
            AgreementJsonFastReader.TryRead(Encoding.UTF8.GetBytes(AgreementJson.ToJson(agreement)), out var read) && read == agreement);

    [Property(MaxTest = 400)]
    public Property DamagedDocuments_AreAcceptedOnlyWhenTheDiagnosingReaderAcceptsThem_AndReadTheSame() =>
        Prop.ForAll(Damaged.ToArbitrary(), json =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var fastAccepted = AgreementJsonFastReader.TryRead(bytes, out var fast);
            ProcessingAgreement diagnosed;
            try
            {
                diagnosed = AgreementJsonReader.ReadDiagnosing(bytes, null);
            }
            catch (AgreementFormatException)
            {
                return !fastAccepted;
            }

            return !fastAccepted || fast == diagnosed;
        });
}
