using Dpa.Rules.Serialization;
using Dpa.Rules.Validation;
using HostApp;
using NodaTime;

// Validates the agreements given on the command line with the catalog and the house rule, as of a fixed date.
var validator = AgreementValidator.Default
    .WithRules(RuleSet.Default.With(new ApprovedSubProcessorsRule("Amazon Web Services (AWS)", "SmartDC")))
    .WithOptions(ValidationOptions.Default with { AsOf = new LocalDate(2026, 11, 25) });
var failed = false;
foreach (var file in args)
{
    var report = validator.Validate(AgreementJson.LoadFile(file));
    Console.WriteLine($"{file}: {report}");
    foreach (var finding in report.Findings)
    {
        Console.WriteLine($"  {finding.Severity} {finding.RuleId} {finding.Path} ({finding.Source}): {finding.Message}");
    }

    failed |= !report.IsValid;
}

return failed ? 1 : 0;
