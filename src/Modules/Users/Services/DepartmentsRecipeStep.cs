using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Modules.Users.Data;
using OpenCityAomori.Modules.Users.Models;

namespace OpenCityAomori.Modules.Users.Services;

/// <summary>Recipe step "departments": adds each department whose code is not there yet.</summary>
internal sealed class DepartmentsRecipeStep(UsersDbContext db) : IRecipeStep
{
    public string Name => "departments";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var existing = await db.Departments.Select(d => d.Code).ToListAsync(cancellationToken);
        var known = existing.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var item in context.Step.GetProperty("items").EnumerateArray())
        {
            var code = item.GetProperty("code").GetString()!.Trim().ToUpperInvariant();
            if (known.Add(code))
            {
                db.Departments.Add(new Department
                {
                    Id = Guid.NewGuid(),
                    Code = code,
                    NameJa = item.GetProperty("nameJa").GetString()!,
                    NameEn = item.GetProperty("nameEn").GetString()!,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
