using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.Proposals.Data;

namespace OpenCityAomori.Modules.Proposals.Migrations;

/// <summary>
/// The retention of closed proposals' personal data: how many years it is kept (default 5, 0 keeps it), when a
/// proposal's was removed, and an index on (Stage, StageChangedUtc) so the hourly job finds the due ones without a scan.
/// </summary>
[DbContext(typeof(ProposalsDbContext))]
[Migration("202612150100_PersonalDataRetention")]
internal sealed class PersonalDataRetention : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<int>("PersonalDataRetentionYears", "Proposals_Settings", nullable: false, defaultValue: 5);
        mb.AddColumn<DateTime>("PersonalDataRemovedUtc", "Proposals_Proposals", nullable: true);
        mb.CreateIndex("IX_Proposals_Proposals_Stage_StageChangedUtc", "Proposals_Proposals", ["Stage", "StageChangedUtc"]);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropIndex("IX_Proposals_Proposals_Stage_StageChangedUtc", "Proposals_Proposals");
        mb.DropColumn("PersonalDataRemovedUtc", "Proposals_Proposals");
        mb.DropColumn("PersonalDataRetentionYears", "Proposals_Settings");
    }
}
