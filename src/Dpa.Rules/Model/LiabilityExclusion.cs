namespace Dpa.Rules.Model;

/// <summary>A kind of damage for which an agreement excludes liability altogether.</summary>
public enum LiabilityExclusion
{
    /// <summary>Indirect or consequential damage.</summary>
    IndirectDamage = 0,

    /// <summary>Loss, corruption or destruction of data ("verlies, verminking of vernietiging van gegevens").</summary>
    LossOfData = 1,
}
