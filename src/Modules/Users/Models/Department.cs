using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Users.Models;

/// <summary>A division of the city (事業担当課); department staff see only their department's work.</summary>
internal sealed class Department : IAuditable
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public required string NameJa { get; set; }

    public required string NameEn { get; set; }

    public bool IsActive { get; set; } = true;

    public string Name(bool english) => english ? NameEn : NameJa;
}

/// <summary>Remembers which default grants were applied, so a revoked default is not granted again.</summary>
internal sealed class AppliedDefaultGrant
{
    public required string RoleName { get; set; }

    public required string Permission { get; set; }
}
