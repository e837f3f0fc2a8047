// Generated from src/operations/*.graphql by `npm run codegen -w @cohesion/client`: do not edit.
// The test trusted-documents.test.ts fails when this file no longer matches the operations.

/** The registered id of every operation of the hub's own front end (trusted-documents/cohesion-hub.json). */
export const OPERATION_IDS = {
  AllMunicipalities: 'fad2a794a9b0d14a55952f19dde716a3b99e543622a6e3cd06e6eeba6a869889',
  CohesionLivcrMap: '5ddfd137cc3331a53200b76fc62c45e8d9413186937a4c5b3ffdc5c1ba79d50e',
  CohesionLivcrMapProvinces: '5f79b0da1cc9fd4861941b3a7bfe752e0687e7f6dd733d74e500a49441de0793',
  CrossLevelMunicipalities: '71f97ae004d669b19965960fc91c8eb95006e10c4cd05108d00a18a3626f1aea',
  DemoCellFigures: '0a7d8b2a06e9f5078fa575083a28266a9a9a66f5fcf72dfc69671d373c071e6c',
  DemoEuPartnersFigures: 'a4947ba08758eb5e266980fdd87f6bb9c8df36e84ebf439bada3edee3e196ace',
  DemoFederalFigures: '53e31b787bb82dea49c50c27dc3f197a0194dd2249583501abf606c0180c9aab',
  DemoFlandersFigures: '982e749cb9f1866b9cbbf4c41ed9a5db3580c5ffb78f2b45b42dd17e83a0498f',
  DemoObservations: '9288a824dd904e9a37cc3811e81d4a041596f67edabd55ea83afca61ebb90b6c',
  DemoSeries: '9b2262efdc20156cbbc67353fa02e0c89ff2f703c1a27ff333689a40913a55df',
  DemoWalloniaBrusselsFigures: '325b11a9ee384f20b895a0c6f0679299a5e4dda7e5bc849d90536de026e3b0de',
} as const;

export type OperationName = keyof typeof OPERATION_IDS;
