using System.Text.Json;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Json.Schema;
using NodaTime;

namespace Dpa.Rules.Tests.Examples;

/// <summary>The five seed agreements in <c>examples/</c> load through the public API and say what their texts say.</summary>
/// <remarks>Each expected value is taken from the seed text (clause in the comment), not from the loader's output.</remarks>
public sealed class ExampleAgreementTests
{
    public static TheoryData<string> ExampleFiles =>
    [
        "000-planning-nl.json",
        "001-smart-production.json",
        "002-simplicate.json",
        "003-analyst-template.json",
        "004-lets-develop.json",
    ];

    private static ProcessingAgreement Load(string file) =>
        AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_Loads_WithFormatVersion1_AndANamedProcessor(string file)
    {
        var agreement = Load(file);

        Assert.Equal(1, agreement.FormatVersion);
        Assert.True(agreement.Parties.Processor.Name?.IsStated);
        Assert.Single(agreement.Parties.Controllers);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_RoundTrips_ThroughSaveAndLoad(string file)
    {
        var agreement = Load(file);

        Assert.Equal(agreement, AgreementJson.Parse(AgreementJson.ToJson(agreement)));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_IsValid_AgainstTheExportedSchema(string file)
    {
        var schema = JsonSchema.FromText(AgreementJson.GetSchema().ToJsonString());
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, "examples", file)));

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        // The schema's anyOf branches (null / string / placeholder object) add noise after the real error, which comes first.
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("; ", errors.Take(5)));
    }

    [Fact]
    public void Example000_PlanningNl()
    {
        var agreement = Load("000-planning-nl.json");

        // Preamble: a standard DPA for "een wederpartij aan wie zij diensten levert"; KvK 24292101.
        Assert.Equal(AgreementStatus.Executed, agreement.Document.Status);
        Assert.Null(agreement.Parties.Controllers[0].Name);
        Assert.True(agreement.Parties.Controllers[0].IdentifiedBy?.IsStated);
        Assert.Equal("24292101", agreement.Parties.Processor.Registration?.Text);
        // 3.1 "uitsluitend verwerken in Nederland"; 5.1 and App.1 §3: SmartDC (Rotterdam, Heerlen).
        Assert.Equal([CountryCode.Netherlands], agreement.Locations.Restriction?.Countries);
        var smartDc = Assert.Single(agreement.SubProcessing.SubProcessors);
        Assert.Equal("SmartDC", smartDc.Name.Text);
        Assert.Equal([CountryCode.Netherlands], smartDc.Locations);
        Assert.Equal(SubProcessorAuthorisation.Specific, agreement.SubProcessing.Authorisation);
        // 7.1 "binnen 24 uur nadat het lek bij hem bekend is geworden": the period runs from awareness; 7.2 "alleen als de
        // gebeurtenis zich daadwerkelijk voorgedaan heeft" leaves out suspicions, not the start (docs/rules/DPA7003.md).
        Assert.Equal(ContractualPeriod.FromHours(24), agreement.Breach.Deadline);
        Assert.Equal(BreachTrigger.Awareness, agreement.Breach.Trigger);
        // 7.1 "een inbreuk ... die leidt tot een kans op nadelige gevolgen"; 7.2 "alleen als de gebeurtenis zich daadwerkelijk
        // voorgedaan heeft".
        Assert.Equal([BreachNotificationLimitation.AdverseConsequencesOnly, BreachNotificationLimitation.ActuallyOccurredOnly], agreement.Breach.Limitations);
        // 6.1 "zal zich inspannen"; the ISMS "op kantoor van Planning.nl kan worden ingezien"; App.3 the "minimale maatregelen".
        Assert.Equal(CommitmentLevel.BestEfforts, agreement.Security.Commitment);
        Assert.Equal(SecurityDisclosure.InspectionOnly, agreement.Security.Disclosure);
        Assert.Equal(SecurityChangePolicy.AgreedMinimum, agreement.Security.Changes);
        // 10.2 "eens per jaar".
        Assert.Equal(ContractualPeriod.FromYears(1), agreement.Audits.MaximumFrequency);
        // 11.2 insurer's payout, else the preceding month's fees, never more than EUR 15.000.
        Assert.Equal(15000m, agreement.Liability.Cap?.Maximum?.Amount);
        Assert.Equal(ContractualPeriod.FromMonths(1), agreement.Liability.Cap?.FeesPeriod);
        Assert.True(agreement.Liability.Cap?.InsurancePayout);
        // 12.3 delete on first request, no return; App.1 §6 one month after the contract ends, backups two weeks later.
        Assert.Equal(EndOfServiceChoice.DeleteOnly, agreement.EndOfProcessing.Choice);
        Assert.Equal(new EndOfLifePeriod { Period = ContractualPeriod.FromMonths(1), From = EndOfLifeTrigger.AgreementEnd }, agreement.EndOfProcessing.Deletion);
        Assert.Equal(new EndOfLifePeriod { Period = ContractualPeriod.FromWeeks(2), From = EndOfLifeTrigger.DeletionDeadline }, agreement.EndOfProcessing.Backups.PurgeAfterEnd);
        // App.3 §7 "iedere nacht ... 14 dagen bewaard".
        var tier = Assert.Single(agreement.EndOfProcessing.Backups.Tiers);
        Assert.Equal(BackupFrequency.Daily, tier.Frequency);
        Assert.Equal(ContractualPeriod.FromDays(14), tier.Retention);
        // App.1 §5 "geen bijzondere persoonsgegevens"; 12.4 three months' notice and a termination right.
        Assert.Equal(DataPresence.Excluded, agreement.Processing.SensitiveData.SpecialCategories);
        Assert.Equal(ContractualPeriod.FromMonths(3), agreement.Amendments.NoticePeriod);
        Assert.True(agreement.Amendments.ControllerMayObjectOrTerminate);
        // App.1 §5 "bijvoorbeeld ... naam, telefoonnummer, email adres, datum in dienst etc.": examples, recorded as one open entry.
        Assert.Contains("bijvoorbeeld", Assert.Single(agreement.Processing.PersonalData).Text, StringComparison.Ordinal);
        // 8.2 help with "specifieke verplichtingen vanuit de AVG ..., zoals ... (DPIA)": the DPIA is an example, not the list.
        Assert.True(agreement.Assistance.ImpactAssessment);
        Assert.True(agreement.Assistance.PriorConsultation);
        // Every fact cites its clause, e.g. the 24 hours of 7.1 and the backup purge of App.1 §6.
        Assert.Equal(["7.1"], agreement.Breach.Clauses.For("deadline"));
        Assert.Equal(["App.1 §6"], agreement.EndOfProcessing.Backups.Clauses.For("purgeAfterEnd"));
    }

    [Fact]
    public void Example001_SmartProduction()
    {
        var agreement = Load("001-smart-production.json");

        Assert.Equal(AgreementStatus.Executed, agreement.Document.Status);
        // 14.5 "maximaal 60 dagen nadat de overeenkomst is beëindigd".
        Assert.Equal(new EndOfLifePeriod { Period = ContractualPeriod.FromDays(60), From = EndOfLifeTrigger.AgreementEnd }, agreement.EndOfProcessing.Deletion);
        Assert.Equal(EndOfServiceChoice.ControllerChooses, agreement.EndOfProcessing.Choice);
        // 6.1 without undue delay, at the latest 24 hours after becoming aware.
        Assert.Equal(Promptness.WithoutUndueDelay, agreement.Breach.Promptness);
        Assert.Equal(ContractualPeriod.FromHours(24), agreement.Breach.Deadline);
        Assert.Equal(BreachTrigger.Awareness, agreement.Breach.Trigger);
        // 14.7(b) breach records at least until one year after termination.
        Assert.Equal(ContractualPeriod.FromYears(1), agreement.Breach.RecordRetention?.Period);
        // 5.4 certificate "niet ouder ... dan 12 maanden".
        Assert.Equal(ContractualPeriod.FromMonths(12), Assert.Single(agreement.Security.Certifications).MaximumAge);
        // Bijl.2 §2.6 "7 dag-, 3 week-, 11 maand- en jaarback-ups"; "Backuptermijn is 6 maanden".
        Assert.Equal([7, 3, 11, null], agreement.EndOfProcessing.Backups.Tiers.Select(t => t.Count));
        Assert.Equal(ContractualPeriod.FromMonths(6), agreement.EndOfProcessing.Backups.Retention);
        // 8.2 Proserve BV and CM.com, seats only.
        Assert.Equal(["Proserve BV", "CM.com"], agreement.SubProcessing.SubProcessors.Select(s => s.Name.Text));
        Assert.All(agreement.SubProcessing.SubProcessors, s => Assert.True(s.Locations.IsEmpty));
        // Bijl.3 controller contacts "*Naam" etc. to be filled in by the controller.
        Assert.All(agreement.Parties.Controllers[0].Contacts, c => Assert.True(c.Name?.IsPlaceholder));
        Assert.Equal("*Naam", agreement.Parties.Controllers[0].Contacts[0].Name?.Text);
        // 7.1 only within the EEA.
        Assert.Equal(LocationScope.EuropeanEconomicArea, agreement.Locations.Restriction?.Scope);
        // 14.5 "de bestanden en data verwijderen" — all of them, without naming copies or backups.
        Assert.True(agreement.EndOfProcessing.DeletionComplete);
        Assert.Null(agreement.EndOfProcessing.CopiesDeleted);
        // 6.2(e) "Enige andere informatie die Verwerkingsverantwoordelijke nodig heeft".
        Assert.True(agreement.Breach.AllInformationForNotification);
        Assert.Equal(["6.2(e)"], agreement.Breach.Clauses.For("allInformationForNotification"));
    }

    [Fact]
    public void Example002_Simplicate()
    {
        var agreement = Load("002-simplicate.json");

        Assert.Equal(AgreementStatus.Executed, agreement.Document.Status);
        Assert.Equal(AgreementForm.Electronic, agreement.Document.Form);
        Assert.Equal(new LocalDate(2025, 9, 4), agreement.Document.DateSigned);
        // 7.1 "uiterlijk binnen 48 uur na kennisname".
        Assert.Equal(ContractualPeriod.FromHours(48), agreement.Breach.Deadline);
        Assert.Equal(BreachTrigger.Awareness, agreement.Breach.Trigger);
        // 3.5 "in ieder geval binnen één (1) maand".
        Assert.Equal(ContractualPeriod.FromMonths(1), agreement.Assistance.DataSubjectRequests?.ResponsePeriod);
        // 4.1 objection "op redelijke gronden binnen 14 dagen na de kennisgeving"; 4.4 list at an external URL.
        Assert.Equal(SubProcessorAuthorisation.General, agreement.SubProcessing.Authorisation);
        Assert.Equal(ContractualPeriod.FromDays(14), agreement.SubProcessing.ObjectionRight?.Window);
        Assert.True(agreement.SubProcessing.ObjectionRight?.RequiresReasonableGrounds);
        Assert.Equal(SubProcessorListLocation.ExternalUrl, agreement.SubProcessing.ListLocation);
        // 6.3 "eenmaal per twee (2) jaar", "minimaal dertig (30) dagen" notice.
        Assert.Equal(ContractualPeriod.FromYears(2), agreement.Audits.MaximumFrequency);
        Assert.Equal(ContractualPeriod.FromDays(30), agreement.Audits.Notice);
        // Bijl.2 §3 AWS data centres in Ireland, fallback Germany; Bijl.2 §2.2 daily backups "op meerdere gescheiden locaties
        // binnen de Europese Unie" (the region, as the ISO reserved code EU).
        Assert.Equal([CountryCode.Parse("IE"), CountryCode.Parse("DE"), CountryCode.Parse("EU")], agreement.Locations.Processing.Select(l => l.Country));
        // Bijl.1 §1 "verzuimregistratie": sickness-absence records are data concerning health (Art. 4(15), 9(1)).
        Assert.Equal(DataPresence.Present, agreement.Processing.SensitiveData.SpecialCategories);
        Assert.Equal([SpecialCategory.Health], agreement.Processing.SensitiveData.SpecialCategoryKinds);
        // Bijl.2 §2.2, §2.6 RPO "één uur" and RTO "maximaal 24 uur" are aims ("streven naar"): recorded with their commitment.
        Assert.Equal(ContractualPeriod.FromHours(1), agreement.Security.RecoveryPointObjective);
        Assert.Equal(ContractualPeriod.FromHours(24), agreement.Security.RecoveryTimeObjective);
        Assert.Equal(CommitmentLevel.BestEfforts, agreement.Security.RecoveryObjectivesCommitment);
        // 2.3 one calendar month to export, then deletion without keeping a copy.
        Assert.Equal(ContractualPeriod.FromMonths(1), agreement.EndOfProcessing.ReturnWindow?.Period);
        Assert.True(agreement.EndOfProcessing.CopiesDeleted);
        // 8.5 usage data processed for the processor's own research.
        Assert.False(agreement.Instructions.OwnPurposesExcluded);
        // Signature block "Te {plaatsnaam}, op d.d. ..-..-202..".
        var controllerSignature = Assert.Single(agreement.Document.Signatures, s => s.Role == PartyRole.Controller);
        Assert.Equal(TextValue.Placeholder("..-..-202.."), controllerSignature.DatePlaceholder);
        Assert.Null(controllerSignature.SignedOn);
    }

    [Fact]
    public void Example003_AnalystTemplate()
    {
        var agreement = Load("003-analyst-template.json");

        // Partijen "[NAAM]", "[KVK]", "[VERTEGENWOORDIGER]".
        Assert.Equal(AgreementStatus.Template, agreement.Document.Status);
        var controller = agreement.Parties.Controllers[0];
        Assert.Equal(TextValue.Placeholder("[NAAM]"), controller.Name);
        Assert.Equal(TextValue.Placeholder("[KVK]"), controller.Registration);
        Assert.Equal(TextValue.Placeholder("[VERTEGENWOORDIGER]"), controller.Representative);
        // 10.2 only on a concrete suspicion of misuse "welke is aangetoond" by the controller, two weeks after notice; 10.5 the controller pays.
        Assert.Equal(AuditCondition.OnlyOnDemonstratedSuspicion, agreement.Audits.Condition);
        Assert.Equal(ContractualPeriod.FromWeeks(2), agreement.Audits.Notice);
        Assert.Equal(CostAllocation.Controller, agreement.Audits.Cost);
        // 9.1 on discovery, within 48 hours; the controller decides on notifying the AP; 9.3 the controller keeps the breach
        // confidential and consults the processor before disclosing it.
        Assert.Equal(ContractualPeriod.FromHours(48), agreement.Breach.Deadline);
        Assert.Equal(BreachTrigger.Discovery, agreement.Breach.Trigger);
        Assert.False(agreement.Breach.ProcessorMayNotifyAuthority);
        Assert.True(agreement.Breach.ControllerConfidentiality);
        // Bijl.2 "indien van toepassing heeft voorafgaand aan de indiensttreding een screening plaatsgevonden".
        Assert.True(agreement.Security.Screening?.OnlyWhereApplicable);
        // 11.1 never more than EUR 10.000.
        Assert.Equal(10000m, agreement.Liability.Cap?.Maximum?.Amount);
        // 5.1 general written consent; Bijl.1 six sub-processors.
        Assert.Equal(SubProcessorAuthorisation.General, agreement.SubProcessing.Authorisation);
        Assert.Equal(6, agreement.SubProcessing.SubProcessors.Length);
        // Bijl.1 "Verwerkingsland EU" for Datto/Autotask and Microsoft: the region, as the ISO reserved code EU.
        Assert.Equal([CountryCode.Parse("EU")], agreement.SubProcessing.SubProcessors[0].Locations);
        Assert.Equal([CountryCode.Parse("EU")], agreement.SubProcessing.SubProcessors[2].Locations);
        // 3.1 outside the EU where the country ensures "een passend beschermingsniveau": the statutory term for adequacy (Wbp
        // Art. 76; AVG Art. 45(1) in Dutch), read as the AVG provision per the preamble's last recital.
        Assert.Equal([TransferCondition.AdequacyDecision], agreement.Locations.PermittedOutsideWhen);
        // 5.1 informs of "beoogde veranderingen" (intended changes): in advance, no period.
        Assert.True(agreement.SubProcessing.ChangeNotice?.InAdvance);
        Assert.Null(agreement.SubProcessing.ChangeNotice?.MinimumPeriod);
        // 12.4 delete or return at the controller's choice, copies deleted; Bijl.1 "Bewaartermijn ... gelijk aan de looptijd van
        // de (hoofd)overeenkomst": the data are kept no longer than the main agreement runs.
        Assert.Equal(EndOfServiceChoice.ControllerChooses, agreement.EndOfProcessing.Choice);
        Assert.Equal(new EndOfLifePeriod { Period = ContractualPeriod.FromDays(0), From = EndOfLifeTrigger.AgreementEnd }, agreement.EndOfProcessing.Deletion);
    }

    [Fact]
    public void Example004_LetsDevelop()
    {
        var agreement = Load("004-lets-develop.json");

        // Ondergetekenden 2 "<bedrijfsnaam>".
        Assert.Equal(AgreementStatus.Template, agreement.Document.Status);
        Assert.Equal(TextValue.Placeholder("<bedrijfsnaam>"), agreement.Parties.Controllers[0].Name);
        Assert.Equal("85304212", agreement.Parties.Processor.Registration?.Text);
        // 9.3 handover requested "binnen 3 (drie) maanden na het eindigen van de relatie".
        Assert.Equal(new EndOfLifePeriod { Period = ContractualPeriod.FromMonths(3), From = EndOfLifeTrigger.AgreementEnd }, agreement.EndOfProcessing.ReturnWindow);
        Assert.Null(agreement.EndOfProcessing.Deletion);
        // 12.3 at most EUR 50.000, one year's fees; 12.7 claims lapse after "twaalf (12) maanden".
        Assert.Equal(50000m, agreement.Liability.Cap?.Maximum?.Amount);
        Assert.Equal(ContractualPeriod.FromYears(1), agreement.Liability.Cap?.FeesPeriod);
        Assert.Equal(ContractualPeriod.FromMonths(12), agreement.Liability.ClaimTimeLimit);
        // 5.1 "In het geval dat zich een inbreuk ... voordoet, zal Verwerker ... uiterlijk binnen 24 uur ... melding maken":
        // 24 hours from the breach itself, the only event the clause names.
        Assert.Equal(ContractualPeriod.FromHours(24), agreement.Breach.Deadline);
        Assert.Equal(BreachTrigger.Occurrence, agreement.Breach.Trigger);
        // 4.7 changes "indien dat naar zijn oordeel noodzakelijk is"; 4.8 "niet verplicht" to implement requested measures.
        Assert.Equal(SecurityChangePolicy.ProcessorDiscretion, agreement.Security.Changes);
        Assert.Equal(AdditionalMeasuresPolicy.ProcessorMayRefuse, agreement.Security.AdditionalMeasures);
        // 2.4 "niet buiten Nederland of buiten de Europese Unie" binds to the EU (the Netherlands only "in beginsel");
        // domain names and SSL certificates outside the EEA.
        Assert.Equal(LocationScope.EuropeanUnion, agreement.Locations.Restriction?.Scope);
        Assert.Equal(CommitmentLevel.Binding, agreement.Locations.Restriction?.Commitment);
        Assert.Null(Assert.Single(agreement.Transfers).Safeguard);
        // 8.1 the customer will not object when 8.2 is met; 8.2 only "relevante" obligations.
        Assert.True(agreement.SubProcessing.ObjectionRight?.ExcludedWhenConditionsMet);
        Assert.Equal(FlowDownScope.PartialObligations, agreement.SubProcessing.FlowDown);
        // Bijl.2 VOG "Elke 5 jaar"; Bijl.1 logs "minimaal twee maand"; the maximum ("zal worden ingesteld op: 6 maand") is the
        // customer's choice (12.8 "Klant kan op verzoek een maximale bewaartermijn ... laten instellen"), a blank, not a fact.
        Assert.Equal(ContractualPeriod.FromYears(5), agreement.Security.Screening?.RenewalInterval);
        Assert.Equal(ContractualPeriod.FromMonths(2), agreement.Security.LogRetentionMinimum);
        Assert.Null(agreement.Security.LogRetentionMaximum);
        // Bijl.1 special-category checklist "(in te vullen door Klant ...)".
        Assert.Equal(DataPresence.Placeholder, agreement.Processing.SensitiveData.SpecialCategories);
        // 6.3 "niet vaker dan één keer per kalenderjaar", "minstens twee weken".
        Assert.Equal(ContractualPeriod.FromYears(1), agreement.Audits.MaximumFrequency);
        Assert.Equal(ContractualPeriod.FromWeeks(2), agreement.Audits.Notice);
    }
}
