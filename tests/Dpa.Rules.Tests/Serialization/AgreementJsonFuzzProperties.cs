using Dpa.Rules.Serialization;
using Dpa.Rules.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>Damaged documents either load or fail with <see cref="AgreementFormatException"/> naming a line in the document.</summary>
public sealed class AgreementJsonFuzzProperties
{
    private static readonly string[] Insertions = ["{", "}", "[", "]", ",", ":", "\"", "null", "-1", "1e400", "\"P1M2D\"", "\\u", "\u00e9", "true", " "];

    private static Gen<string> Damaged =>
        from agreement in AgreementGenerators.Agreement
        let json = AgreementJson.ToJson(agreement)
        from position in Gen.Choose(0, json.Length - 1)
        from length in Gen.Choose(1, 12)
        from insertion in Gen.Elements(Insertions)
        from kind in Gen.Choose(0, 2)
        select kind switch
        {
            0 => json.Remove(position, Math.Min(length, json.Length - position)),
            1 => json.Insert(position, insertion),
            _ => json.Remove(position, Math.Min(length, json.Length - position)).Insert(position, insertion),
        };

    [Property(MaxTest = 150)]
    public Property DamagedJson_FailsOnlyWithAgreementFormatException() =>
        Prop.ForAll(Damaged.ToArbitrary(), json =>
        {
            try
            {
                AgreementJson.Parse(json);
                return true;
            }
            catch (AgreementFormatException ex)
            {
                var lines = json.Split('\n').Length;
                return ex.LineNumber >= 1 && ex.LineNumber <= lines && ex.Path.StartsWith('$') && ex.Reason.Length > 0
                    && ex.InnerException is not (ArgumentException or InvalidOperationException or NotSupportedException);
            }
        });
}
