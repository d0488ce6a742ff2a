using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Users.Models;

namespace OpenCityAomori.Modules.Users.Data;

internal sealed class UsersDbContext(DbContextOptions<UsersDbContext> options)
    : IdentityDbContext<AppUser, AppRole, string, IdentityUserClaim<string>, IdentityUserRole<string>, IdentityUserLogin<string>, AppRoleClaim, IdentityUserToken<string>>(options)
{
    public DbSet<Department> Departments => Set<Department>();

    public DbSet<AppliedDefaultGrant> AppliedDefaultGrants => Set<AppliedDefaultGrant>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.HasIndex(u => u.DepartmentId);
        });
        builder.Entity<AppRole>(e =>
        {
            e.Property(r => r.DescriptionJa).HasMaxLength(500);
            e.Property(r => r.DescriptionEn).HasMaxLength(500);
        });
        builder.Entity<Department>(e =>
        {
            e.ToTable("Users_Departments");
            e.HasKey(d => d.Id);
            e.Property(d => d.Code).HasMaxLength(50);
            e.Property(d => d.NameJa).HasMaxLength(200);
            e.Property(d => d.NameEn).HasMaxLength(200);
            e.HasIndex(d => d.Code).IsUnique();
        });
        builder.Entity<AppliedDefaultGrant>(e =>
        {
            e.ToTable("Users_AppliedDefaultGrants");
            e.HasKey(g => new { g.RoleName, g.Permission });
            e.Property(g => g.RoleName).HasMaxLength(256);
            e.Property(g => g.Permission).HasMaxLength(200);
        });
    }
}
