using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Time;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules;

/// <summary>Configures the services <see cref="DpaRulesServiceCollectionExtensions.AddDpaRules"/> registers.</summary>
/// <remarks><para>Set in the <c>configure</c> delegate and checked once, when the services are registered; the registered
/// services are immutable afterwards. Not thread-safe: configure it on one thread.</para></remarks>
public sealed class DpaRulesOptions
{
    private readonly List<IAgreementRule> _addedRules = [];

    /// <summary>Gets or sets the rules the validator runs, before <see cref="AddRule"/>'s and the container's <see cref="IAgreementRule"/> services.</summary>
    /// <value><see cref="RuleSet.Default"/>: the whole catalog.</value>
    public RuleSet Rules { get; set; } = RuleSet.Default;

    /// <summary>Gets or sets the validation options: evaluation date, culture, severity overrides, suppressions, thresholds.</summary>
    /// <value><see cref="ValidationOptions.Default"/>; <c>ValidationConfigurationJson.LoadFile</c> reads them from a file.</value>
    public ValidationOptions Validation { get; set; } = ValidationOptions.Default;

    /// <summary>Gets or sets the time zone of the registered <see cref="DeadlineCalculator"/>.</summary>
    /// <value><c>Europe/Amsterdam</c>, the default zone of agreements.</value>
    public DateTimeZone TimeZone { get; set; } = AgreementDocument.DefaultTimeZone;

    /// <summary>Gets or sets the holiday calendar registered as <see cref="IHolidayCalendar"/> unless one is registered already.</summary>
    /// <value><see cref="NetherlandsHolidayCalendar.Default"/> (Algemene termijnenwet Art. 3).</value>
    public IHolidayCalendar HolidayCalendar { get; set; } = NetherlandsHolidayCalendar.Default;

    /// <summary>Gets the host rules added with <see cref="AddRule"/>, in the order added.</summary>
    public IReadOnlyList<IAgreementRule> AddedRules => _addedRules;

    /// <summary>Adds a host rule after <see cref="Rules"/>; rules registered in the container as <see cref="IAgreementRule"/> are added too.</summary>
    /// <param name="rule">The rule; its id must not be in the rule set yet (host rules use <c>DPAn900</c> to <c>DPAn999</c>).</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public DpaRulesOptions AddRule(IAgreementRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _addedRules.Add(rule);
        return this;
    }
}
