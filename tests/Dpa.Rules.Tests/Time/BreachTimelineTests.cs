using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

public sealed class BreachTimelineTests
{
    // 2025-03-29 10:00 CET; the clocks go forward in the night of 29 to 30 March.
    private static readonly Instant Aware = Instant.FromUtc(2025, 3, 29, 9, 0);

    private static ProcessingAgreement Agreement(BreachTerms breach, CountingConvention? convention = null) => new()
    {
        Document = new AgreementDocument { Status = AgreementStatus.Executed, CountingConvention = convention },
        Parties = new Parties { Processor = new Party { Name = "Verwerker B.V." } },
        Breach = breach,
    };

    [Fact]
    public void ProcessorHours_LeaveTheControllerTheRest()
    {
        var timeline = BreachTimeline.Compute(Agreement(new BreachTerms { Deadline = ContractualPeriod.FromHours(48) }), Aware);

        Assert.Equal(Instant.FromUtc(2025, 3, 31, 9, 0), timeline.ProcessorDeadline!.Value.ExpiresAt);
        Assert.Equal(Instant.FromUtc(2025, 4, 1, 9, 0), timeline.ControllerDeadline.ExpiresAt);
        Assert.Equal(new LocalDateTime(2025, 4, 1, 11, 0), timeline.ControllerDeadline.ExpiresAtLocal.LocalDateTime); // 10:00 CET + 72 h = 11:00 CEST
        Assert.Equal(Duration.FromHours(24), timeline.ControllerTimeLeft);
        Assert.Equal("Time left to the controller once the processor's deadline passes: 24 hours.", timeline.Steps[^1]);
        Assert.Contains("GDPR Art. 33(1)", timeline.Steps[2], StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessorDeadlineAfterTheControllers_GivesNegativeTimeLeft()
    {
        var timeline = BreachTimeline.Compute(Agreement(new BreachTerms { Deadline = ContractualPeriod.FromHours(96) }), Aware);

        Assert.Equal(Duration.FromHours(-24), timeline.ControllerTimeLeft);
        Assert.Contains("24 hours after the controller's", timeline.Steps[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutUndueDelayOnly_HasNoProcessorDeadline()
    {
        var timeline = BreachTimeline.Compute(Agreement(new BreachTerms { Promptness = Promptness.WithoutUndueDelay }), Aware);

        Assert.Null(timeline.ProcessorDeadline);
        Assert.Null(timeline.ControllerTimeLeft);
        Assert.Equal(Aware + Duration.FromHours(72), timeline.ControllerDeadline.ExpiresAt);
        Assert.Contains("states no period", timeline.Steps[1], StringComparison.Ordinal);
    }

    [Fact]
    public void LaterTrigger_IsFlaggedAsTheEarliestPossibleDeadline()
    {
        var timeline = BreachTimeline.Compute(
            Agreement(new BreachTerms { Deadline = ContractualPeriod.FromHours(24), Trigger = BreachTrigger.Confirmation }), Aware);

        Assert.Contains("confirmation of the breach", timeline.Steps[1], StringComparison.Ordinal);
        Assert.Contains("earliest", timeline.Steps[1], StringComparison.Ordinal);
    }

    [Fact]
    public void OccurrenceTrigger_IsFlaggedAsTheLatestPossibleDeadline()
    {
        // Seed 004 clause 5.1: "In het geval dat zich een inbreuk ... voordoet, ... uiterlijk binnen 24 uur": the breach itself
        // happens no later than the processor becomes aware of it, so 24 hours from awareness is the latest reading.
        var timeline = BreachTimeline.Compute(
            Agreement(new BreachTerms { Deadline = ContractualPeriod.FromHours(24), Trigger = BreachTrigger.Occurrence }), Aware);

        Assert.Equal(Aware + Duration.FromHours(24), timeline.ProcessorDeadline!.Value.ExpiresAt);
        Assert.Contains("the breach itself", timeline.Steps[1], StringComparison.Ordinal);
        Assert.Contains("latest", timeline.Steps[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AgreementConvention_AppliesToTheProcessorOnly()
    {
        // Under 1182/71 the processor's 24 hours start at 11:00 CET, the next full hour; the controller's 72 hours never do.
        var aware = Instant.FromUtc(2025, 6, 2, 8, 20);
        var timeline = BreachTimeline.Compute(Agreement(new BreachTerms { Deadline = ContractualPeriod.FromHours(24) }, CountingConvention.Eu118271), aware);

        Assert.Equal(Instant.FromUtc(2025, 6, 3, 9, 0), timeline.ProcessorDeadline!.Value.ExpiresAt);
        Assert.Equal(aware + Duration.FromHours(72), timeline.ControllerDeadline.ExpiresAt);
        Assert.Equal(Duration.FromHours(47) + Duration.FromMinutes(20), timeline.ControllerTimeLeft);
        Assert.Equal("Time left to the controller once the processor's deadline passes: 47 hours 20 minutes.", timeline.Steps[^1]);
    }

    [Theory]
    [InlineData("000-planning-nl.json", 24, false)] // 7.1 "binnen 24 uur nadat het lek bij hem bekend is geworden" (awareness)
    [InlineData("001-smart-production.json", 24, false)]
    [InlineData("002-simplicate.json", 48, false)]
    public void SeedExamples_LeaveTheControllerTheRestOf72Hours(string file, int processorHours, bool laterTrigger)
    {
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

        var timeline = BreachTimeline.Compute(agreement, Aware);

        Assert.Equal(Aware + Duration.FromHours(processorHours), timeline.ProcessorDeadline!.Value.ExpiresAt);
        Assert.Equal(Duration.FromHours(72 - processorHours), timeline.ControllerTimeLeft);
        Assert.Equal(laterTrigger, timeline.Steps[1].Contains("earliest", StringComparison.Ordinal));
    }
}
