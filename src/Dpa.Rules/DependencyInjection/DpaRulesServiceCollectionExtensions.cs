using Dpa.Rules.Authoring;
using Dpa.Rules.Time;
using Dpa.Rules.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Dpa.Rules;

/// <summary>Registers Dpa.Rules in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class DpaRulesServiceCollectionExtensions
{
    /// <summary>Registers the validator, the deadline calculator, the holiday calendar and a clock, as singletons.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// <para>Every registration uses <c>TryAdd</c>: a service the host registered first wins. Register an <see cref="IClock"/>
    /// (such as NodaTime.Testing's <c>FakeClock</c>) to fix "today"; otherwise the system clock is used. The validator runs
    /// <see cref="DpaRulesOptions.Rules"/>, then <see cref="DpaRulesOptions.AddRule"/>'s rules, then every
    /// <see cref="IAgreementRule"/> registered in the container, in registration order. The options are checked here, once;
    /// a duplicate rule id among the container's rules is reported when the validator is first resolved.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid: a null setting, or added rules that are null, use an engine
    /// id (<c>DPA0xxx</c>) or repeat an id.</exception>
    public static IServiceCollection AddDpaRules(this IServiceCollection services, Action<DpaRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new DpaRulesOptions();
        configure?.Invoke(options);
        var problem = options.Rules is null ? nameof(DpaRulesOptions.Rules)
            : options.Validation is null ? nameof(DpaRulesOptions.Validation)
            : options.TimeZone is null ? nameof(DpaRulesOptions.TimeZone)
            : options.HolidayCalendar is null ? nameof(DpaRulesOptions.HolidayCalendar)
            : null;
        if (problem is not null)
        {
            throw new ArgumentException($"Invalid DpaRulesOptions: {problem} must not be null.", nameof(configure));
        }

        RuleSet rules;
        try
        {
            rules = options.Rules!.With(options.AddedRules);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"Invalid DpaRulesOptions: {ex.Message}", nameof(configure), ex);
        }

        // Checked non-null above; the compiler cannot see through the conditional chain.
        var validation = options.Validation!;
        var zone = options.TimeZone!;

        // The one allowed read of the system clock outside AgreementValidator.Default: the host's composition root.
        // TryAdd keeps a clock the host registered before, such as a FakeClock in tests.
#pragma warning disable RS0030
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton(options.HolidayCalendar!);
        services.TryAddSingleton(provider => new DeadlineCalculator(zone, provider.GetRequiredService<IHolidayCalendar>()));
        services.TryAddSingleton(provider => new AgreementValidator(
            rules.With(provider.GetServices<IAgreementRule>()),
            validation with { HolidayCalendar = provider.GetRequiredService<IHolidayCalendar>() },
            provider.GetRequiredService<IClock>()));
        return services;
    }
}
