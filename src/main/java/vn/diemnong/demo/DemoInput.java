package vn.diemnong.demo;

import java.util.List;

/** What the demo is generated from: the real communes, the crosswalk, the documented sites, and a seed. */
record DemoInput(List<Commune> communes, List<Predecessor> predecessors, List<KnownSite> knownSites, long seed) {
}
