namespace Dpa.Rules.Catalog.Transfers;

/// <summary>Which recipients in a country an adequacy decision covers.</summary>
internal enum AdequacyScope
{
    /// <summary>Every recipient in the country.</summary>
    Whole = 0,

    /// <summary>Only organisations certified under the EU-US Data Privacy Framework (Decision (EU) 2023/1795).</summary>
    DataPrivacyFrameworkCertified = 1,

    /// <summary>Only a sector or class of recipients (Canada: commercial organisations under PIPEDA; Japan: private sector
    /// under the APPI with supplementary rules; Korea: entities under PIPA with exclusions); checked by DPA5005.</summary>
    Sectoral = 2,
}
