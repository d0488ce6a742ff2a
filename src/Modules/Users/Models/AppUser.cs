using Microsoft.AspNetCore.Identity;
using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Users.Models;

internal sealed class AppUser : IdentityUser, IAuditable
{
    public string DisplayName { get; set; } = string.Empty;

    public Guid? DepartmentId { get; set; }

    /// <summary>A disabled user cannot log in; existing sessions end at the next security-stamp check.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedUtc { get; set; }
}

internal sealed class AppRole : IdentityRole, IAuditable
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
    }

    public string DescriptionJa { get; set; } = string.Empty;

    public string DescriptionEn { get; set; } = string.Empty;
}

/// <summary>Role claims hold permissions; audited so every grant and revocation is in the trail.</summary>
internal sealed class AppRoleClaim : IdentityRoleClaim<string>, IAuditable
{
}
