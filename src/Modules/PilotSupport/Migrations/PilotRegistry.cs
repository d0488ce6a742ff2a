using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Services;

namespace OpenCityAomori.Modules.PilotSupport.Migrations;

/// <summary>
/// The pilot registry: period, place, roles, budget, public texts, status and report; the coordination checklist
/// (existing pilots get theirs); pilots without a proposal (the recipe's past pilots, proposal id 0).
/// </summary>
[DbContext(typeof(PilotSupportDbContext))]
[Migration("202612170200_PilotRegistry")]
internal sealed class PilotRegistry : Migration
{
    private const string Pilots = "PilotSupport_Pilots";

    protected override void Up(MigrationBuilder mb)
    {
        foreach (var (name, length) in new[] { ("TitleEn", 200), ("SummaryJa", 1000), ("SummaryEn", 1000), ("CityProvidesNote", 1000), ("BusinessDoesNote", 1000), ("CostSharing", 2000), ("BudgetNote", 1000), ("Notes", 4000), ("StatusNote", 1000) })
        {
            mb.AddColumn<string>(name, Pilots, maxLength: length, nullable: false, defaultValue: string.Empty);
        }

        mb.AddColumn<DateOnly>("StartDate", Pilots, nullable: true);
        mb.AddColumn<DateOnly>("EndDate", Pilots, nullable: true);
        mb.AddColumn<int>("CityProvides", Pilots, nullable: false, defaultValue: 0);
        mb.AddColumn<int>("BusinessDoes", Pilots, nullable: false, defaultValue: 0);
        mb.AddColumn<long>("BudgetAmount", Pilots, nullable: true);
        mb.AddColumn<DateTime>("StatusChangedUtc", Pilots, nullable: true);
        mb.AddColumn<string>("PublicSlug", Pilots, maxLength: 200, nullable: true);
        mb.AddColumn<string>("PublicHash", Pilots, maxLength: 64, nullable: true);
        mb.AddColumn<DateTime>("ReportRequestedUtc", Pilots, nullable: true);
        mb.AddColumn<DateTime>("ReportReturnedUtc", Pilots, nullable: true);
        mb.AddColumn<DateTime>("ReportReceivedUtc", Pilots, nullable: true);
        mb.AddColumn<string>("ReportFileId", Pilots, maxLength: 64, nullable: true);
        mb.AddColumn<DateTime>("UpdatedUtc", Pilots, nullable: true);
        mb.DropIndex("IX_PilotSupport_Pilots_ProposalId", Pilots);
        mb.CreateIndex("IX_PilotSupport_Pilots_ProposalId", Pilots, "ProposalId", unique: true, filter: "\"ProposalId\" > 0");
        mb.CreateIndex("IX_PilotSupport_Pilots_PublicSlug", Pilots, "PublicSlug", unique: true);
        mb.CreateIndex("IX_PilotSupport_Pilots_Status_DepartmentCode", Pilots, ["Status", "DepartmentCode"]);

        mb.CreateTable("PilotSupport_ChecklistItems", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            PilotId = t.Column<long>(nullable: false),
            Step = t.Column<int>(nullable: false),
            Owner = t.Column<int>(nullable: false),
            DueOn = t.Column<DateOnly>(nullable: true),
            CompletedUtc = t.Column<DateTime>(nullable: true),
            CompletedBy = t.Column<string>(maxLength: 256, nullable: true),
            RemindedFor = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PilotSupport_ChecklistItems", x => x.Id);
            t.ForeignKey("FK_PilotSupport_ChecklistItems_PilotSupport_Pilots_PilotId", x => x.PilotId, Pilots, "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_PilotSupport_ChecklistItems_PilotId_Step", "PilotSupport_ChecklistItems", ["PilotId", "Step"], unique: true);
        mb.CreateIndex("IX_PilotSupport_ChecklistItems_DueOn", "PilotSupport_ChecklistItems", "DueOn");

        // Pilots accepted before the checklist existed get theirs (the same SQL on both providers).
        foreach (var (step, owner, _, _) in PilotChecklist.Steps)
        {
            mb.Sql($"INSERT INTO \"PilotSupport_ChecklistItems\" (\"PilotId\", \"Step\", \"Owner\") SELECT \"Id\", {(int)step}, {(int)owner} FROM \"{Pilots}\"");
        }
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("PilotSupport_ChecklistItems");
        mb.DropIndex("IX_PilotSupport_Pilots_Status_DepartmentCode", Pilots);
        mb.DropIndex("IX_PilotSupport_Pilots_PublicSlug", Pilots);
        mb.DropIndex("IX_PilotSupport_Pilots_ProposalId", Pilots);
        mb.CreateIndex("IX_PilotSupport_Pilots_ProposalId", Pilots, "ProposalId", unique: true);
        foreach (var name in new[]
        {
            "TitleEn", "SummaryJa", "SummaryEn", "CityProvidesNote", "BusinessDoesNote", "CostSharing", "BudgetNote", "Notes", "StatusNote", "StartDate", "EndDate",
            "CityProvides", "BusinessDoes", "BudgetAmount", "StatusChangedUtc", "PublicSlug", "PublicHash", "ReportRequestedUtc", "ReportReturnedUtc",
            "ReportReceivedUtc", "ReportFileId", "UpdatedUtc",
        })
        {
            mb.DropColumn(name, Pilots);
        }
    }
}
