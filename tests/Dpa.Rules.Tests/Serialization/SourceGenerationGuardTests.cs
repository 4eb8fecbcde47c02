using System.Collections.Immutable;
using System.Reflection;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>Guards the one trap of source generation: init-only members with non-empty defaults.</summary>
/// <remarks>
/// Source-generated metadata builds a record with init-only members through one object initializer that assigns every member,
/// so an omitted member is set to <c>default</c> (dotnet/runtime#84484). A member whose model default is not <c>default</c> must
/// therefore turn <c>default</c> into its default in its init accessor (the sections do, <c>value ?? new()</c>), or be required
/// when reading; this test says which member does neither.
/// </remarks>
public sealed class SourceGenerationGuardTests
{
    [Fact]
    public void MembersWithNonEmptyDefaults_KeepTheirDefaultWhenSetToDefault_OrAreRequired()
    {
        var offenders = new List<string>();
        var found = 0;
        foreach (var type in typeof(ProcessingAgreement).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsPublic && t.Namespace == typeof(ProcessingAgreement).Namespace && t.GetConstructor(Type.EmptyTypes) is not null))
        {
            var required = AgreementJsonOptions.Reading.GetTypeInfo(type).Properties.Where(p => p.IsRequired).Select(p => p.Name).ToHashSet();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is null || IsImmutableArray(property.PropertyType))
                {
                    continue;
                }

                var modelDefault = property.GetValue(Activator.CreateInstance(type));
                var empty = property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null;
                if (Equals(modelDefault, empty))
                {
                    continue;
                }

                found++;
                var instance = Activator.CreateInstance(type)!;
                property.SetValue(instance, empty);
                if (!Equals(property.GetValue(instance), modelDefault) && !required.Contains(AgreementJsonOptions.Reading.PropertyNamingPolicy!.ConvertName(property.Name)))
                {
                    offenders.Add(type.Name + "." + property.Name);
                }
            }
        }

        // The sections of the agreement, the sensitive data, the backups, the zone and the format version at least.
        Assert.True(found >= 15, $"Only {found} members with non-empty defaults were found; the search is broken.");
        Assert.Empty(offenders);
    }

    private static bool IsImmutableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);
}
