using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Modules.Admin.Controllers;
using OpenCityAomori.Modules.Admin.Data;
using OpenCityAomori.Modules.Admin.Models;

namespace OpenCityAomori.Modules.Admin.Services;

/// <summary>
/// Recipe step "businessCalendar": the city's closed days, read by the same rules as the settings page. It sets the
/// calendar once; a calendar an administrator saved is kept.
/// </summary>
internal sealed class BusinessCalendarRecipeStep(AdminDbContext db, BusinessCalendar calendar) : IRecipeStep
{
    public string Name => "businessCalendar";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (await db.BusinessCalendar.AnyAsync(cancellationToken))
        {
            return;
        }

        var step = context.Step;
        string Text(string name) => step.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
        IEnumerable<string> List(string name) => step.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(e => e.GetString() ?? string.Empty)
            : [];
        var closed = List("closedWeekdays").Select(d => Enum.Parse<DayOfWeek>(d, ignoreCase: true)).ToHashSet();
        var form = new BusinessCalendarForm
        {
            ClosedWeekdays = Enumerable.Range(0, 7).Select(d => closed.Contains((DayOfWeek)d)).ToArray(),
            NationalHolidaysClosed = !step.TryGetProperty("nationalHolidays", out var holidays) || holidays.GetBoolean(),
            YearEndFrom = Text("yearEndFrom"),
            YearEndTo = Text("yearEndTo"),
            ClosedDays = string.Join("\n", List("closedDays")),
        };
        var errors = new List<string>();
        var rules = BusinessCalendarFormReader.Read(form, (_, message) => errors.Add(message))
            ?? throw new InvalidOperationException("Recipe step businessCalendar: " + string.Join(" ", errors));
        await calendar.SaveAsync(rules, cancellationToken);
    }
}
