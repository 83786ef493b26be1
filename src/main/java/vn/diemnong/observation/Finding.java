package vn.diemnong.observation;

import vn.diemnong.common.Coded;

/** What an officer may tick as seen at a site (the V18 check lists the same codes). */
enum Finding implements Coded {
	WORKING, SMOKE_OR_SMELL, WASTEWATER_DISCHARGE, SCRAP_STOCKPILED, SCRAP_BROUGHT_IN, EQUIPMENT_REMOVED, NOBODY_THERE
}
