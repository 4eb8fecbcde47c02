using Dpa.Rules.Serialization;
using Dpa.Rules.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Dpa.Rules.Tests.Examples;

/// <summary>The exact active findings of the whole catalog on each seed agreement in <c>examples/</c>, as a reviewer signed
/// them off (docs/examples.md, "Findings").</summary>
/// <remarks><para>Each entry was reviewed against the Dutch seed text (<c>seeds/00N_*.txt</c>); the comment cites the clause.
/// Entries are <c>"{rule id} {severity} {path}"</c> in report order (rule id, then path). A change to a rule or an example
/// that changes a seed's findings must change this table on purpose, with docs/examples.md.</para></remarks>
public sealed class SeedFindingsTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 25);

    private static readonly string[] PlanningNl =
    [
        // 12.1 "komt tot stand door ondertekening van Partijen", but no date and no signatures.
        "DPA1001 Warning $.document.dateSigned",
        // Absent: no duty to say that an instruction infringes the AVG (Art. 28(3) last subparagraph).
        "DPA3004 Error $.instructions.infringingInstructionNotice",
        // 8.2 helps with the DPIA only; nothing on prior consultation of the AP (Art. 36).
        "DPA3009 Warning $.assistance.priorConsultation",
        // 7.3 names only the processor's side (Edwin Thier, Security Officer); the controller has no contact (SCC 9.2).
        "DPA7006 Warning $.parties.controllers[0].contacts",
        // 12.3 "verwijderen en/of vernietigen": deletion only, no return at the controller's choice (Art. 28(3)(g)).
        "DPA9001 Error $.endOfProcessing.choice",
        // 12.3, App.1 §6: no certification of the deletion (SCC 10(d)).
        "DPA9006 Warning $.endOfProcessing.deletionCertification",
    ];

    private static readonly string[] SmartProduction =
    [
        // Ondergetekenden; end: no date and no signature block.
        "DPA1001 Warning $.document.dateSigned",
        // Bijl.3: the controller's contacts "*Email", "*Naam", "*Telefoon" (twice) are left blank in the binding text.
        "DPA1003 Error $.parties.controllers[0].contacts[0].email",
        "DPA1003 Error $.parties.controllers[0].contacts[0].name",
        "DPA1003 Error $.parties.controllers[0].contacts[0].phone",
        "DPA1003 Error $.parties.controllers[0].contacts[1].email",
        "DPA1003 Error $.parties.controllers[0].contacts[1].name",
        "DPA1003 Error $.parties.controllers[0].contacts[1].phone",
        // Absent: 13.3 covers only conflicts with national law the controller reports, not infringing instructions.
        "DPA3004 Error $.instructions.infringingInstructionNotice",
        // Bijl.3: the breach contacts of the controller are blanks, which count as none.
        "DPA7006 Warning $.parties.controllers[0].contacts",
        // 14.5 "verwijderen" after 60 days says nothing about copies, while Bijl.2 §2.6 keeps backups six months.
        "DPA9002 Error $.endOfProcessing.copiesDeleted",
        // Bijl.2 §2.6 keeps "11 maand-back-ups" (and a "Backuptermijn" of 6 months): the longest-lived copy outlives 14.5's
        // "maximaal 60 dagen" by about nine months, with no purge provision.
        "DPA9005 Warning $.endOfProcessing.backups.tiers[2].count",
        // 14.4–14.5: no certification of the deletion.
        "DPA9006 Warning $.endOfProcessing.deletionCertification",
    ];

    private static readonly string[] Simplicate =
    [
        // Signature block "Te {plaatsnaam}, op d.d. ..-..-202.. Naam: Functie:" blank; accepted electronically (Bijl.2 §2.5), so info.
        "DPA1003 Info $.document.signatures[1].datePlaceholder",
        "DPA1003 Info $.document.signatures[1].function",
        "DPA1003 Info $.document.signatures[1].place",
        "DPA1003 Info $.document.signatures[1].signatory",
        // 3.5 "in ieder geval binnen één (1) maand": the controller's own Art. 12(3) month is used up.
        "DPA3008 Warning $.assistance.dataSubjectRequests.responsePeriod",
        // 4.4: the full list only on the processor's website (EDPB Opinion 22/2024: in the contract or an annex).
        "DPA4002 Warning $.subProcessing.listLocation",
        // 4.1 "binnen 14 dagen na de kennisgeving": a notice is presupposed, but not before the change and with no period.
        "DPA4003 Warning $.subProcessing.changeNotice",
        // Bijl.2: encryption, backups, RPO/RTO, but no regular testing and evaluation (Art. 32(1)(d)).
        "DPA6003 Warning $.security.measures",
        // 7.1 "uiterlijk binnen 48 uur na kennisname": the controller keeps 24 of its 72 hours.
        "DPA7004 Warning $.breach.deadline",
        // Bijl.1 names only the processor's DPO; the controller's breach contact is an in-app field outside the agreement.
        "DPA7006 Warning $.parties.controllers[0].contacts",
        // 6.3 "eenmaal per twee (2) jaar", no exception for indications of non-compliance (SCC 7.6(c)).
        "DPA8005 Warning $.audits.maximumFrequency",
        // 2.3 deletion "zonder daarvan een kopie te behouden", but no certification.
        "DPA9006 Warning $.endOfProcessing.deletionCertification",
    ];

    private static readonly string[] AnalystTemplate =
    [
        // Partijen: "[NAAM]", no country, contact only through the placeholders (template: info).
        "DPA1002 Info $.parties.controllers[0].contacts",
        "DPA1002 Info $.parties.controllers[0].country",
        "DPA1002 Info $.parties.controllers[0].name",
        // Signature block: controller "Naam:", "Datum:" and the processor's "Datum:" empty.
        "DPA1003 Info $.document.signatures[0].datePlaceholder",
        "DPA1003 Info $.document.signatures[0].signatory",
        "DPA1003 Info $.document.signatures[1].datePlaceholder",
        // Partijen: "[ADRES] te [PLAATS]", "[NAAM]", "[KVK]", "[VERTEGENWOORDIGER]".
        "DPA1003 Info $.parties.controllers[0].address",
        "DPA1003 Info $.parties.controllers[0].name",
        "DPA1003 Info $.parties.controllers[0].registration",
        "DPA1003 Info $.parties.controllers[0].representative",
        // 2.1 only "redelijkerwijze assisteren" in general: nothing specific on the DPIA (Art. 35) or prior consultation (Art. 36).
        "DPA3009 Warning $.assistance.impactAssessment",
        "DPA3009 Warning $.assistance.priorConsultation",
        // 5.1 "licht ... in over beoogde veranderingen" with no period.
        "DPA4003 Warning $.subProcessing.changeNotice.minimumPeriod",
        // 5: flow-down (5.2) but no liability of the processor for its sub-processors (Art. 28(4)).
        "DPA4006 Error $.subProcessing.processorFullyLiable",
        // 3.1 permits the EEA and beyond; 3.2 gives the processor's own processing countries only "op diens verzoek".
        "DPA5001 Error $.locations.processing",
        // 3.1 "buiten de Europese Unie ... indien het land ... een passend beschermingsniveau waarborgt": no Chapter V basis named.
        "DPA5002 Error $.locations.permittedOutsideWhen[0]",
        // 6.3, Bijl.2: no regular testing and evaluation (Art. 32(1)(d)).
        "DPA6003 Warning $.security.measures",
        // 9.1 "in ieder geval binnen achtenveertig (48) uur": the controller keeps 24 of its 72 hours.
        "DPA7004 Warning $.breach.deadline",
        // Bijl.1: the controller's breach contact is "de opgegeven 'beslissingsbevoegde'", to be named (template: info).
        "DPA7006 Info $.parties.controllers[0].contacts",
        // 10.3: information only within an audit, and audits only on suspicion (10.2): no standing duty (Art. 28(3)(h)).
        "DPA8001 Error $.audits.informationDuty",
        // 10.2 "uitsluitend ... bij een concreet vermoeden van misbruik welke is aangetoond" (SCC 7.6(c)).
        "DPA8004 Warning $.audits.condition",
        // 12.4: delete or return, but no period.
        "DPA9004 Warning $.endOfProcessing.deletion",
        // 12.4: no certification of the deletion.
        "DPA9006 Warning $.endOfProcessing.deletionCertification",
    ];

    private static readonly string[] LetsDevelop =
    [
        // Ondergetekenden 2: "<bedrijfsnaam>", no country, contact only "<naam>"/"<functie>" (template: info).
        "DPA1002 Info $.parties.controllers[0].contacts",
        "DPA1002 Info $.parties.controllers[0].country",
        "DPA1002 Info $.parties.controllers[0].name",
        // Signature block: "Datum: _____ Plaats: _____" for both, "[BEDRIJFSNAAM] Naam: _____".
        "DPA1003 Info $.document.signatures[0].datePlaceholder",
        "DPA1003 Info $.document.signatures[0].place",
        "DPA1003 Info $.document.signatures[1].datePlaceholder",
        "DPA1003 Info $.document.signatures[1].place",
        "DPA1003 Info $.document.signatures[1].signatory",
        // Ondergetekenden 2: "<adres>, <postcode> <woonplaats>", "<naam>", "<functie>", "<bedrijfsnaam>".
        "DPA1003 Info $.parties.controllers[0].address",
        "DPA1003 Info $.parties.controllers[0].contacts[0].function",
        "DPA1003 Info $.parties.controllers[0].contacts[0].name",
        "DPA1003 Info $.parties.controllers[0].name",
        "DPA1003 Info $.parties.controllers[0].representative",
        // Bijl.1 "(in te vullen door Klant)": subjects, data and purposes with blank lines; the special-data checklist.
        "DPA1003 Info $.processing.dataSubjects[0]",
        "DPA1003 Info $.processing.dataSubjects[11]",
        "DPA1003 Info $.processing.personalData[0]",
        "DPA1003 Info $.processing.personalData[3]",
        "DPA1003 Info $.processing.personalData[4]",
        "DPA1003 Info $.processing.purposes[1]",
        "DPA1003 Info $.processing.sensitiveData.criminalData",
        "DPA1003 Info $.processing.sensitiveData.safeguards[0]",
        "DPA1003 Info $.processing.sensitiveData.specialCategories",
        // Absent: 6.5 concerns audits that would infringe privacy law, not instructions.
        "DPA3004 Error $.instructions.infringingInstructionNotice",
        // 8.1 "Op verzoek van Klant verstrekt Verwerker de naam en locatie": no list in the agreement.
        "DPA4002 Error $.subProcessing.subProcessors",
        // 8.1 "Wanneer Verwerker een nieuwe ... Sub-Verwerker inhuurt, informeert": a notice, but when the change is made,
        // not of an intended change in advance (Art. 28(2); SCC 7.7(a)): present but weaker, a warning.
        "DPA4003 Warning $.subProcessing.changeNotice.inAdvance",
        // 8.1 "De Klant zal redelijkerwijs geen bezwaar maken ... als wordt voldaan aan" 8.2: the objection is waived in advance.
        "DPA4004 Warning $.subProcessing.objectionRight.excludedWhenConditionsMet",
        // 8.2 "de voor de Sub-Verwerkers relevante verplichtingen": a flow-down, but not of the same obligations (Art. 28(4)).
        "DPA4005 Warning $.subProcessing.flowDown",
        // 8, 12: no liability of the processor for its sub-processors.
        "DPA4006 Error $.subProcessing.processorFullyLiable",
        // 2.4 "in beginsel" in the Netherlands: no processing country the processor is held to.
        "DPA5001 Error $.locations.processing",
        // 2.4: domain-name and SSL partners "buiten de Europese Economische Ruimte" with no Chapter V basis.
        "DPA5002 Error $.transfers[0].safeguard",
        // 5.2: description, categories, numbers, consequences, measures — no contact point (Art. 33(3)(b)).
        "DPA7005 Warning $.breach.content",
        // Absent: no controller contact to notify (only "<naam>"/"<functie>" as signatory).
        "DPA7006 Warning $.parties.controllers[0].contacts",
        // 9.4 "volledig verwijderen": complete deletion, but copies and backups are not named (Art. 28(3)(g)): a warning.
        "DPA9002 Warning $.endOfProcessing.copiesDeleted",
        // 9.4: deletion "op verzoek van Klant", no period after the end.
        "DPA9004 Warning $.endOfProcessing.deletion",
        // 9.4: no certification of the deletion.
        "DPA9006 Warning $.endOfProcessing.deletionCertification",
    ];

    public static TheoryData<string, string[]> Expected => new()
    {
        { "000-planning-nl.json", PlanningNl },
        { "001-smart-production.json", SmartProduction },
        { "002-simplicate.json", Simplicate },
        { "003-analyst-template.json", AnalystTemplate },
        { "004-lets-develop.json", LetsDevelop },
    };

    /// <summary>Rules that must stay silent because the clause is fine (or the concern is another rule's).</summary>
    public static TheoryData<string, string> NotFiring => new()
    {
        // 000 5.2: specific authorisation — the controller's prior written consent replaces notice and objection.
        { "000-planning-nl.json", "DPA4003" },
        { "000-planning-nl.json", "DPA4004" },
        // 000 7.1: 24 hours from "bekend is geworden" (awareness) leaves the controller 48 of its 72 hours.
        { "000-planning-nl.json", "DPA7003" },
        { "000-planning-nl.json", "DPA7004" },
        // 000 10.1–10.2: an independent expert engaged by the controller, "eens per jaar".
        { "000-planning-nl.json", "DPA8005" },
        // 000 12.4: unilateral revision, but three months' notice and a right to terminate.
        { "000-planning-nl.json", "DPA1006" },
        // 001 7.1 binding EEA-only restriction: Proserve BV and CM.com (seats only) cannot be outside it.
        { "001-smart-production.json", "DPA4008" },
        // 001 14.4 "ter vrije keuze van Verwerkingsverantwoordelijke ... vernietigen of terug leveren".
        { "001-smart-production.json", "DPA9001" },
        // 001 5.7: assistance with "de artikelen 32 t/m 36".
        { "001-smart-production.json", "DPA3009" },
        // 002: electronic, dated 04-09-2025 and signed by P. Hager for the processor.
        { "002-simplicate.json", "DPA1001" },
        // 002 6.2 "onmiddellijk in kennis stellen" of an infringing instruction.
        { "002-simplicate.json", "DPA3004" },
        // 002 4.1: objection "op redelijke gronden binnen 14 dagen" is a real objection right.
        { "002-simplicate.json", "DPA4004" },
        // 002 2.3: deletion "zonder daarvan een kopie te behouden".
        { "002-simplicate.json", "DPA9002" },
        // 003 Bijl.1: Datto/Autotask and Microsoft "Verwerkingsland EU" is a stated location inside the EEA.
        { "003-analyst-template.json", "DPA4008" },
        { "003-analyst-template.json", "DPA5004" },
        // 003 Bijl.1 names the sub-processors; 5.1 offers an objection.
        { "003-analyst-template.json", "DPA4002" },
        { "003-analyst-template.json", "DPA4004" },
        // 003 9.1 "In het geval van ontdekking": 48 hours from discovery (read as awareness).
        { "003-analyst-template.json", "DPA7003" },
        // 003 12.4 "naar gelang de keuze ... wissen dan wel retourneren ... en de bestaande kopieën verwijderen".
        { "003-analyst-template.json", "DPA9001" },
        { "003-analyst-template.json", "DPA9002" },
        // 004 6.3 "niet vaker dan één keer per kalenderjaar": one audit a year is not too few.
        { "004-lets-develop.json", "DPA8005" },
        // 004 6.2 "Klant mag een derde partij aanwijzen om de audit uit te voeren".
        { "004-lets-develop.json", "DPA8003" },
        // 004 5.1 "uiterlijk binnen 24 uur".
        { "004-lets-develop.json", "DPA7003" },
        { "004-lets-develop.json", "DPA7004" },
        // 004 3.3: beveiliging, datalekken, gegevensbeschermingseffectbeoordelingen en voorafgaande raadpleging.
        { "004-lets-develop.json", "DPA3009" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Seed_GetsExactlyTheReviewedFindings(string file, string[] expected)
    {
        var report = Validate(file);

        Assert.Equal(expected, report.Findings.Select(finding => $"{finding.RuleId} {finding.Severity} {finding.Path}"));
        Assert.Empty(report.SuppressedFindings);
    }

    [Theory]
    [MemberData(nameof(NotFiring))]
    public void Seed_ClauseThatIsFine_DoesNotReport(string file, string ruleId)
    {
        var report = Validate(file);

        Assert.Contains(report.Rules, rule => rule.Id.ToString() == ruleId);
        Assert.DoesNotContain(report.Findings, finding => finding.RuleId.ToString() == ruleId);
    }

    private static ValidationReport Validate(string file)
    {
        var validator = new AgreementValidator(
            RuleSet.Default,
            ValidationOptions.Default with { AsOf = AsOf },
            new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0)));
        return validator.Validate(AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file)));
    }
}
