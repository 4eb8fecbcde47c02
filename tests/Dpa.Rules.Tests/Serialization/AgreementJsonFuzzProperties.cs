using Dpa.Rules.Serialization;
using Dpa.Rules.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>Damaged documents either load or fail with <see cref="AgreementFormatException"/> naming a line in the document.</summary>
public sealed class AgreementJsonFuzzProperties
{
    [Property(MaxTest = 150)]
    public Property DamagedJson_FailsOnlyWithAgreementFormatException() =>
        Prop.ForAll(DamagedJson.Document.ToArbitrary(), json =>
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
