using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;
using Dpa.Rules.Tests.Catalog;
using Dpa.Rules.Time;
using Dpa.Rules.Validation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dpa.Rules.Tests.Validation;

/// <summary>Rules count working days with the validation's holiday calendar, not a hard-wired Dutch one.</summary>
/// <remarks><para>The case: an agreement counted under EU Regulation 1182/71 gives the processor 17 days to help with a
/// data-subject request received on Monday 2 March 2026. The controller's month (Art. 12(3)) ends on Thursday 2 April,
/// so with the default 14-day margin the processor must be done by Thursday 19 March. 2 March + 17 days is Thursday
/// 19 March, a working day in the Netherlands: no finding. A host calendar in which 19 March is a public holiday (San
/// José, in several Spanish regions) makes Art. 3(4) roll the last day to Friday 20 March, one day too late: DPA3008.</para></remarks>
public sealed class HolidayCalendarOptionTests
{
    private static readonly LocalDate Received = new(2026, 3, 2);

    private static readonly ProcessingAgreement Agreement = TestAgreements.Minimal() with
    {
        Document = new AgreementDocument { Status = AgreementStatus.Executed, CountingConvention = CountingConvention.Eu118271 },
        Assistance = new AssistanceTerms
        {
            DataSubjectRequests = new DataSubjectAssistance { Provided = true, ResponsePeriod = ContractualPeriod.FromDays(17) },
        },
    };

    private static readonly ValidationOptions Options =
        ValidationOptions.Default with { AsOf = Received };

    [Fact]
    public void DefaultCalendar_NoFinding()
    {
        var report = new AgreementValidator(RuleSet.Default.Only([DataSubjectAssistanceTooSlowRule.Rule.Id]), Options, new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0)))
            .Validate(Agreement);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void HostCalendarWithAHolidayOnTheLastDay_ReportsDPA3008()
    {
        var validator = new AgreementValidator(
            RuleSet.Default.Only([DataSubjectAssistanceTooSlowRule.Rule.Id]),
            Options with { HolidayCalendar = new SanJoseCalendar() },
            new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0)));

        var finding = Assert.Single(validator.Validate(Agreement).Findings);

        Assert.Equal("DPA3008", finding.RuleId.ToString());
        Assert.Contains(new FindingFact("processorDeadline", "2026-03-20"), finding.Facts);
        Assert.Contains(new FindingFact("controllerDeadline", "2026-04-02"), finding.Facts);
    }

    [Fact]
    public void ContainerCalendar_IsTheValidatorsCalendar()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IHolidayCalendar>(new SanJoseCalendar())
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0)))
            .AddDpaRules(options => options.Validation = Options)
            .BuildServiceProvider();

        var report = provider.GetRequiredService<AgreementValidator>().Validate(Agreement);

        Assert.Contains(report.Findings, f => f.RuleId.ToString() == "DPA3008");
    }

    [Fact]
    public void SingleRuleRun_UsesTheOptionsCalendar()
    {
        var findings = new DataSubjectAssistanceTooSlowRule().Check(Agreement, Received, Options with { HolidayCalendar = new SanJoseCalendar() });

        Assert.Equal("DPA3008", Assert.Single(findings).RuleId.ToString());
        Assert.Empty(new DataSubjectAssistanceTooSlowRule().Check(Agreement, Received, Options));
    }

    /// <summary>A host's calendar: 19 March (San José) is a public holiday, and nothing else.</summary>
    private sealed class SanJoseCalendar : IHolidayCalendar
    {
        public string Name => "Host (San José only)";

        public LocalDate CompleteThrough => new(2030, 12, 31);

        public bool TryGetHoliday(LocalDate day, out Holiday holiday)
        {
            var isSanJose = day.Month == 3 && day.Day == 19;
            holiday = isSanJose ? new Holiday(day, "San José", "San José", HolidayKind.Statutory) : default;
            return isSanJose;
        }
    }
}
